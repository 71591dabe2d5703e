package com.setupflow.events.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * An email could not be sent after its last try; it waits in the dead letters.
 *
 * @param notificationId the delivery's id
 * @param template which email, e.g. {@code configure-now}
 * @param recipient to whom
 * @param causeEventId the event the email was for
 * @param error the last error
 * @param attempts how many tries were made
 * @param failedAt when it was given up
 */
public record NotificationFailed(UUID notificationId, String template, String recipient, UUID causeEventId,
		String error, int attempts, Instant failedAt) implements NotificationEvent {

}
