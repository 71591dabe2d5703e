package com.setupflow.events.notification;

import java.util.UUID;

import com.setupflow.events.DomainEvent;

/**
 * Outcomes of emails, published on {@link com.setupflow.events.Topics#NOTIFICATIONS}
 * keyed by notification id. The envelope's correlation id names the order (or
 * subscription) the email was about.
 */
public sealed interface NotificationEvent extends DomainEvent permits NotificationSent, NotificationFailed {

	UUID notificationId();

	String template();

	String recipient();

	UUID causeEventId();

}
