package com.setupflow.order.timer;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Timer policy. Tests shorten nothing here: they move an injected clock.
 *
 * @param setupLocalTime local time, in the order's zone, at which the start date's
 * invitation is due (00:00: an order for today is invited at once)
 * @param stallAfter how long after the invitation an unopened order counts as stalled
 * @param sweepInterval how often due timers are looked for
 * @param batchSize timers fired per transaction
 * @param sweepThreads batches fired at once by a sweep
 */
@ConfigurationProperties("setupflow.timers")
public record TimerSettings(@DefaultValue("00:00") LocalTime setupLocalTime, @DefaultValue("1d") Duration stallAfter,
		@DefaultValue("1s") Duration sweepInterval, @DefaultValue("500") int batchSize,
		@DefaultValue("2") int sweepThreads) {

}
