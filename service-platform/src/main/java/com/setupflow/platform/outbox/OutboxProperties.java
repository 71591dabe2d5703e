package com.setupflow.platform.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the outbox relay.
 *
 * @param enabled whether this instance publishes (every instance may; one at a time does)
 * @param pollInterval how often the relay looks for events when nobody woke it
 * @param batchSize events published per round
 * @param sendTimeout how long a round waits for the broker's acknowledgements
 * @param retention how long published events are kept for inspection before they are
 * deleted; short, because some events carry secrets (a setup link) until then
 */
@ConfigurationProperties("setupflow.outbox")
public record OutboxProperties(@DefaultValue("true") boolean enabled, @DefaultValue("500ms") Duration pollInterval,
		@DefaultValue("500") int batchSize, @DefaultValue("30s") Duration sendTimeout,
		@DefaultValue("1d") Duration retention) {

}
