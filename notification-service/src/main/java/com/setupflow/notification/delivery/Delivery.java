package com.setupflow.notification.delivery;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of the delivery log, without its bodies: they hold setup links and are read
 * only to send.
 *
 * @param id the notification id
 * @param correlationId what the email is about: the order, the subscription or the
 * invited user
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
 * @param causeOccurredAt when its cause happened
 */
public record Delivery(UUID id, UUID correlationId, UUID causeEventId, String template, String recipient, String locale,
		String subject, DeliveryStatus status, int attempts, Instant nextAttemptAt, String lastError, Instant sentAt,
		Instant createdAt, Instant causeOccurredAt) {

}
