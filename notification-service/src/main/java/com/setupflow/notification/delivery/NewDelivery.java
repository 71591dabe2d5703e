package com.setupflow.notification.delivery;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import com.setupflow.notification.template.MailTemplate;
import com.setupflow.notification.template.RenderedMail;

/**
 * An email owed because of an event, rendered and ready to be recorded.
 *
 * @param id the new notification id
 * @param correlationId what the email is about: the order, the subscription or the
 * invited user
 * @param causeEventId the event that made it owed
 * @param causeOccurredAt when that event happened, for the latency metric
 * @param template which email
 * @param recipient to whom
 * @param locale its language
 * @param mail subject and bodies
 */
public record NewDelivery(UUID id, UUID correlationId, UUID causeEventId, Instant causeOccurredAt,
		MailTemplate template, String recipient, Locale locale, RenderedMail mail) {

}
