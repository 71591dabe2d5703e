package com.setupflow.notification.delivery;

import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * Business metrics of email delivery, tagged by template.
 */
@Component
class NotificationMetrics {

	private final MeterRegistry meters;

	NotificationMetrics(MeterRegistry meters) {
		this.meters = meters;
	}

	/**
	 * Counts an email the SMTP server accepted, and how long after its cause it did.
	 */
	void sent(OutgoingMail mail, Instant acceptedAt) {
		Counter.builder("setupflow.notifications.sent")
			.description("Emails accepted by the SMTP server")
			.tag("template", mail.template())
			.register(this.meters)
			.increment();
		Duration latency = Duration.between(mail.causeOccurredAt(), acceptedAt);
		// A cause stamped by a clock ahead of ours would record nonsense.
		if (!latency.isNegative()) {
			Timer.builder("setupflow.notifications.latency")
				.description("From the event that made an email owed to its acceptance by the SMTP server")
				.tag("template", mail.template())
				.publishPercentileHistogram()
				.register(this.meters)
				.record(latency);
		}
	}

	/** Counts an email given up after its last try. */
	void failed(OutgoingMail mail) {
		Counter.builder("setupflow.notifications.failed")
			.description("Emails given up after their last try (dead letters)")
			.tag("template", mail.template())
			.register(this.meters)
			.increment();
	}

}
