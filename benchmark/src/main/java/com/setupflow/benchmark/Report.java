package com.setupflow.benchmark;

import java.time.Duration;

/**
 * The benchmark's findings as Markdown, ready for docs/benchmarks.md.
 */
final class Report {

	private Report() {
	}

	static String render(int orders, int clients, Duration loading, TimerBurst.Result burst,
			QuartzBaseline.Result baseline) {
		double ours = burst.dueToLink().last() / 1000.0;
		StringBuilder text = new StringBuilder();
		text.append("## Timer burst: %,d invitations due at one instant%n%n".formatted(orders));
		text.append("Machine: %d cores, %d MiB max heap for the benchmark JVM, Java %s.%n%n".formatted(
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
				System.getProperty("java.version")));
		text.append("| measure (ms from due) | count | first | p50 | p99 | last |\n|---|---|---|---|---|---|\n");
		text.append(burst.dueToLink().row("due to SetupLinkIssued (setupflow)")).append('\n');
		text.append(baseline.dueToFired().row("due to job run (one Quartz trigger per order)")).append('\n');
		text.append(burst.mail().dueToReceived().row("due to \"Configure now\" at the SMTP server (setupflow)"))
			.append('\n');
		text.append("%n| check | result |%n|---|---|%n".formatted());
		text.append("| orders without a link (lost) | %,d |%n".formatted(burst.lostLinks()));
		text.append("| links beyond the first per order | %,d |%n".formatted(burst.duplicateLinks()));
		text.append(
				"| orders invited twice (SetupDue in the outbox) | %,d |%n".formatted(burst.duplicateInvitations()));
		text.append("| due to the last \"Configure now\" at the SMTP server | %s |%n".formatted(burst.allMailed()
				? "%,d ms".formatted(burst.mail().dueToReceived().last()) : "not all within the timeout"));
		text.append("| orders emailed / emails beyond the first per order | %,d / %,d |%n"
			.formatted(burst.mail().orders(), burst.duplicateMails()));
		text.append("| Quartz baseline: fired / duplicates / rate | %,d of %,d / %,d / %.0f per s%s |%n".formatted(
				baseline.fired(), baseline.orders(), baseline.duplicates(), baseline.rate(),
				baseline.complete() ? "" : " (timed out; time for all extrapolated)"));
		text.append("| time for all: Quartz baseline / setupflow | %.1f s / %.1f s = **%.1f x** |%n"
			.formatted(baseline.secondsForAll(), ours, baseline.secondsForAll() / ours));
		text.append("%nOrders placed through the API while loading: %,d in %.1f s with %d clients = %.0f orders/s.%n"
			.formatted(orders, loading.toMillis() / 1000.0, clients, orders / (loading.toMillis() / 1000.0)));
		text.append(
				"%nWhere the time went, from the databases' own timestamps (orders per 5 s from due):%n%n".formatted());
		text.append(burst.stages());
		return text.toString();
	}

}
