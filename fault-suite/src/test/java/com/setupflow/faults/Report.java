package com.setupflow.faults;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The results table of a run, in Markdown, as {@code docs/reliability.md} shows it.
 */
final class Report {

	/** One fault's figures. */
	record Row(String fault, Ledger.Result result, long retriedCalls, Duration down, Duration firstEffect,
			Duration drained) {
	}

	private final Plan plan;

	private final Instant startedAt = Instant.now();

	private final List<Row> rows = new ArrayList<>();

	Report(Plan plan) {
		this.plan = plan;
	}

	void add(Row row) {
		this.rows.add(row);
	}

	List<Row> rows() {
		return List.copyOf(this.rows);
	}

	String markdown() {
		StringBuilder md = new StringBuilder();
		md.append("Plan `")
			.append(this.plan.name())
			.append("`, ")
			.append(this.plan.ordersPerSecond())
			.append(" orders/s; each fault after ")
			.append(this.plan.before().toSeconds())
			.append(" s of load, lasting ")
			.append(this.plan.downFor().toSeconds())
			.append(" s, then ")
			.append(this.plan.after().toSeconds())
			.append(" s more load; run started ")
			.append(DateTimeFormatter.ISO_INSTANT
				.format(this.startedAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)))
			.append(", took ")
			.append(Duration.between(this.startedAt, Instant.now()).toSeconds())
			.append(" s.\n\n");
		md.append("Machine: ").append(machine()).append("\n\n");
		md.append(
				"| fault | orders (invite / cancel / deploy / future) | accepted (of which replayed: 200) | calls retried "
						+ "| wrong or missing state | emails received / expected | emails twice | sent again after a crash (same Message-ID) | emails lost "
						+ "| BillingStarted / expected | BillingStarted twice | events published | events lost (outbox unpublished) "
						+ "| relay republished (deduped) | down | first invitation after restart | backlog drained after restart "
						+ "| worst order → email |\n");
		md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
		for (Row row : this.rows) {
			Ledger.Result r = row.result();
			md.append("| ").append(row.fault());
			md.append(" | ")
				.append(r.orders)
				.append(" (")
				.append(kind(r, TrackedOrder.Kind.INVITE))
				.append(" / ")
				.append(kind(r, TrackedOrder.Kind.CANCEL))
				.append(" / ")
				.append(kind(r, TrackedOrder.Kind.DEPLOY))
				.append(" / ")
				.append(kind(r, TrackedOrder.Kind.FUTURE))
				.append(')');
			md.append(" | ").append(r.accepted).append(" (").append(r.replayed).append(')');
			md.append(" | ").append(row.retriedCalls());
			md.append(" | ").append(r.wrongState + r.lostOrders + r.driverGaveUp + r.inFlight);
			md.append(" | ").append(r.emailsReceived).append(" / ").append(r.emailsExpected);
			md.append(" | ").append(r.emailDuplicates);
			md.append(" | ").append(r.emailsResent);
			md.append(" | ").append(r.emailsMissing);
			md.append(" | ").append(r.billingStarted).append(" / ").append(r.billingExpected);
			md.append(" | ").append(r.billingDuplicates);
			md.append(" | ").append(r.eventsPublished);
			md.append(" | ").append(r.eventsLost).append(" (").append(r.outboxUnpublished).append(')');
			md.append(" | ").append(r.republished);
			md.append(" | ").append(seconds(row.down()));
			md.append(" | ").append(seconds(row.firstEffect()));
			md.append(" | ").append(seconds(row.drained()));
			md.append(" | ").append(seconds(r.maxInviteLatency));
			md.append(" |\n");
		}
		for (Row row : this.rows) {
			if (!row.result().problems.isEmpty()) {
				md.append("\nProblems after ").append(row.fault()).append(":\n");
				row.result().problems.forEach((problem) -> md.append("- ").append(problem).append('\n'));
			}
		}
		return md.toString();
	}

	Path write(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		return Files.writeString(file, markdown());
	}

	private static int kind(Ledger.Result result, TrackedOrder.Kind kind) {
		return result.byKind.getOrDefault(kind, 0);
	}

	private static String seconds(Duration duration) {
		if (duration == null) {
			return "–";
		}
		return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
	}

	private static String machine() {
		String cpu = "unknown CPU";
		try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
			cpu = lines.filter((line) -> line.startsWith("model name"))
				.findFirst()
				.map((line) -> line.substring(line.indexOf(':') + 1).trim())
				.orElse(cpu);
		}
		catch (IOException | RuntimeException ex) {
			// Not Linux: the rest still says enough.
		}
		long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getTotalMemorySize();
		return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + (memory / (1024L * 1024 * 1024))
				+ " GiB, " + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", Java "
				+ System.getProperty("java.version") + ", at "
				+ DateTimeFormatter.ISO_LOCAL_DATE.format(Instant.now().atOffset(ZoneOffset.UTC));
	}

}
