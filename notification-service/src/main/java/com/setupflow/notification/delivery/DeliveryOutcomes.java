package com.setupflow.notification.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import com.setupflow.events.EventEnvelope;
import com.setupflow.events.Topics;
import com.setupflow.events.notification.NotificationEvent;
import com.setupflow.events.notification.NotificationFailed;
import com.setupflow.events.notification.NotificationSent;
import com.setupflow.notification.delivery.MailTransport.Failure;
import com.setupflow.platform.outbox.Outbox;

/**
 * Writes what became of a sent batch, in the transaction that claimed it: sent emails are
 * marked and announced ({@code NotificationSent}); refused ones wait for their next try,
 * or after their last are given up and announced ({@code NotificationFailed}).
 */
@Component
class DeliveryOutcomes {

	private static final Logger logger = LoggerFactory.getLogger(DeliveryOutcomes.class);

	private final DueDeliveries deliveries;

	private final Outbox outbox;

	private final NotificationMetrics metrics;

	private final MailSettings.Retry retry;

	DeliveryOutcomes(DueDeliveries deliveries, Outbox outbox, NotificationMetrics metrics, MailSettings settings) {
		this.deliveries = deliveries;
		this.outbox = outbox;
		this.metrics = metrics;
		this.retry = settings.retry();
	}

	/**
	 * A few statements whatever the batch's size: one marks the accepted emails sent, one
	 * JDBC batch appends the events; only refused emails are written one by one.
	 */
	void record(List<OutgoingMail> batch, Map<UUID, Failure> failures, Instant now) {
		List<OutgoingMail> accepted = new ArrayList<>(batch.size());
		List<EventEnvelope> events = new ArrayList<>(batch.size());
		for (OutgoingMail mail : batch) {
			Failure failure = failures.get(mail.id());
			if (failure == null) {
				accepted.add(mail);
			}
			else {
				failed(mail, failure, now, events);
			}
		}
		if (!accepted.isEmpty()) {
			this.deliveries.markSent(accepted.stream().map(OutgoingMail::id).toList(), now);
			for (OutgoingMail mail : accepted) {
				events.add(envelope(mail, new NotificationSent(mail.id(), mail.template(), mail.recipient(),
						mail.causeEventId(), now, mail.attempts() + 1), now));
				this.metrics.sent(mail, now);
			}
		}
		this.outbox.appendAll(Topics.NOTIFICATIONS, events);
		if (!failures.isEmpty()) {
			logger.warn("The SMTP server did not accept {} of {} emails; first error: {}", failures.size(),
					batch.size(), failures.values().iterator().next().error());
		}
	}

	private void failed(OutgoingMail mail, Failure failure, Instant now, List<EventEnvelope> events) {
		int attempts = mail.attempts() + 1;
		if (!failure.permanent() && !this.retry.isLast(attempts)) {
			this.deliveries.markFailedAttempt(mail.id(), attempts, failure.error(),
					now.plus(this.retry.delayAfter(attempts)));
			return;
		}
		this.deliveries.markFailedAttempt(mail.id(), attempts, failure.error(), null);
		events.add(envelope(mail, new NotificationFailed(mail.id(), mail.template(), mail.recipient(),
				mail.causeEventId(), failure.error(), attempts, now), now));
		this.metrics.failed(mail);
		logger.error("Gave up {} email {} to {} after {} tries: {}", mail.template(), mail.id(), mail.recipient(),
				attempts, failure.error());
	}

	private static EventEnvelope envelope(OutgoingMail mail, NotificationEvent event, Instant now) {
		return EventEnvelope.wrap(event, mail.id().toString(), mail.correlationId().toString(),
				mail.causeEventId().toString(), now);
	}

}
