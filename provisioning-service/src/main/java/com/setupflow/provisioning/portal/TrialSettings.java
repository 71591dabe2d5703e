package com.setupflow.provisioning.portal;

import java.time.Duration;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When trials are looked at; defaults in {@code application.yaml}. Trial lengths are the
 * catalogue's.
 *
 * @param reminderBefore how long before a trial ends its partner is reminded
 * @param sweepInterval how often due trials are looked for
 * @param batchSize trials changed per transaction
 */
@ConfigurationProperties("setupflow.trials")
public record TrialSettings(Duration reminderBefore, Duration sweepInterval, int batchSize) {

	public TrialSettings {
		Objects.requireNonNull(reminderBefore, "setupflow.trials.reminder-before");
		Objects.requireNonNull(sweepInterval, "setupflow.trials.sweep-interval");
		if (batchSize < 1) {
			throw new IllegalArgumentException("setupflow.trials.batch-size must be at least 1");
		}
	}

}
