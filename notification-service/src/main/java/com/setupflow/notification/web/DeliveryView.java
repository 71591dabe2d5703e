package com.setupflow.notification.web;

import java.time.Instant;
import java.util.UUID;

import com.setupflow.notification.delivery.Delivery;
import com.setupflow.notification.delivery.DeliveryStatus;

/**
 * One email as the API shows it. Never its body: the body holds the setup link.
 *
 * @param id the notification id
 * @param correlationId what it is about: the order, the subscription or the invited user
 * @param causeEventId the event that made it owed
 * @param template which email
 * @param recipient to whom
 * @param locale its language
 * @param subject its subject line
 * @param status where it stands
 * @param attempts tries made so far
 * @param nextAttemptAt when it is tried next, while {@code PENDING}
 * @param lastError why the last try failed, or why it was skipped
 * @param sentAt when the SMTP server accepted it
 * @param createdAt when it was recorded
 */
public record DeliveryView(UUID id, UUID correlationId, UUID causeEventId, String template, String recipient,
		String locale, String subject, DeliveryStatus status, int attempts, Instant nextAttemptAt, String lastError,
		Instant sentAt, Instant createdAt) {

	static DeliveryView of(Delivery delivery) {
		return new DeliveryView(delivery.id(), delivery.correlationId(), delivery.causeEventId(), delivery.template(),
				delivery.recipient(), delivery.locale(), delivery.subject(), delivery.status(), delivery.attempts(),
				delivery.nextAttemptAt(), delivery.lastError(), delivery.sentAt(), delivery.createdAt());
	}

}
