package com.setupflow.events.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * An email was accepted by the SMTP server.
 *
 * @param notificationId the delivery's id
 * @param template which email, e.g. {@code configure-now}
 * @param recipient to whom
 * @param causeEventId the event the email was sent for
 * @param sentAt when the SMTP server accepted it
 * @param attempts how many tries it took
 */
public record NotificationSent(UUID notificationId, String template, String recipient, UUID causeEventId,
		Instant sentAt, int attempts) implements NotificationEvent {

}
