package com.setupflow.provisioning.portal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Looks for due trials every {@code setupflow.trials.sweep-interval}, on every instance:
 * the claim with {@code SKIP LOCKED} makes concurrent sweeps safe, so no clustered
 * scheduler is needed for one query on rows this service owns. A trial due while the
 * service was down is found by the first sweep after it starts.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(TrialSettings.class)
class TrialSweep {

	private static final Logger logger = LoggerFactory.getLogger(TrialSweep.class);

	private final TrialTimers timers;

	private final TrialSettings settings;

	TrialSweep(TrialTimers timers, TrialSettings settings) {
		this.timers = timers;
		this.settings = settings;
	}

	@Scheduled(fixedDelayString = "${setupflow.trials.sweep-interval}",
			initialDelayString = "${setupflow.trials.sweep-interval}")
	void sweep() {
		int expired = 0;
		int batch;
		do {
			batch = this.timers.expireDue();
			expired += batch;
		}
		while (batch == this.settings.batchSize());
		int reminded = 0;
		do {
			batch = this.timers.remindDue();
			reminded += batch;
		}
		while (batch == this.settings.batchSize());
		if (expired + reminded > 0) {
			logger.info("Trials: {} expired, {} reminded", expired, reminded);
		}
	}

}
