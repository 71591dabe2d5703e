package com.setupflow.notification.delivery;

import java.time.Instant;
import java.util.UUID;

/**
 * A due email as the sender claims it.
 *
 * @param id the notification id
 * @param correlationId what it is about: the order, the subscription or the invited user
 * @param causeEventId the event that made it owed
 * @param causeOccurredAt when that event happened
 * @param template which email
 * @param recipient to whom
 * @param subject its subject
 * @param text its plain-text body
 * @param html its HTML body
 * @param attempts tries made before this one
 */
record OutgoingMail(UUID id, UUID correlationId, UUID causeEventId, Instant causeOccurredAt, String template,
		String recipient, String subject, String text, String html, int attempts) {

}
