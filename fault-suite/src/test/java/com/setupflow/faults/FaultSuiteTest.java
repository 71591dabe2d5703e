package com.setupflow.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.setupflow.embedded.Directories;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.awaitility.Awaitility.await;

/**
 * The services as separate processes on real Kafka and PostgreSQL under a steady stream
 * of orders; in turn, each fault of the plan under load, then quiescence and the ledger:
 * every accepted order in the state it should have, every email there once, every
 * deployed order billed once, every event published and on its topic, and how long the
 * recovery took. The figures go to {@code target/reliability-<plan>.md}, the table of
 * {@code docs/reliability.md}.
 *
 * <p>
 * {@code -Dfaults.plan=bounded} (the default, part of every {@code verify}) kills each
 * service once and restarts Kafka and PostgreSQL under a short load; {@code full}
 * ({@code -Pfaults-full}) runs every fault, longer.
 */
class FaultSuiteTest {

	private static final Logger logger = LoggerFactory.getLogger(FaultSuiteTest.class);

	/** Surefire runs in the module's directory. */
	private static final Path MODULE = Path.of(System.getProperty("basedir", "")).toAbsolutePath();

	/** From "ready again" to "every order accepted before that has its invitation". */
	private static final Duration RECOVERY_BOUND = Duration.ofSeconds(30);

	private static final String ALL = "all orders, after every fault";

	private final Plan plan = Plan.fromSystemProperty();

	@Test
	@Timeout(value = 30, unit = TimeUnit.MINUTES) // a hang must not stall the build
	void everyFaultLeavesEveryEffectOnceAndNothingLost() throws Exception {
		Path dataDir = emptyDirectory(MODULE.resolve("target/fault-run-" + this.plan.name()));
		String run = UUID.randomUUID().toString().substring(0, 6);
		Report report = new Report(this.plan);
		Map<String, Integer> resendBounds = new HashMap<>();
		logger.info("Fault suite, plan {}: starting PostgreSQL, Kafka, SMTP and the services", this.plan.name());
		try (Cluster cluster = Cluster.start(MODULE.getParent(), dataDir);
				EventTap tap = new EventTap(cluster.kafka().bootstrapServers(), "fault-ledger-" + run)) {
			MailIndex mail = new MailIndex(cluster.mail());
			Ledger ledger = new Ledger(cluster, mail, tap);
			try (Traffic traffic = new Traffic(cluster, mail, run, this.plan.settle().plusSeconds(60))) {
				for (Fault fault : this.plan.faults()) {
					report.add(underLoad(fault, cluster, traffic, ledger));
					resendBounds.put(fault.label(), fault.mayResendEmails());
				}
				Ledger.Result all = settled(ledger, traffic.orders());
				report.add(new Report.Row(ALL, all, traffic.failedCalls(), null, null, null));
				resendBounds.put(ALL, this.plan.faults().stream().mapToInt(Fault::mayResendEmails).sum());
			}
			finally {
				Path written = report.write(MODULE.resolve("target/reliability-" + this.plan.name() + ".md"));
				logger.info("Fault suite results ({}):\n{}", written, report.markdown());
			}
		}
		catch (RuntimeException | AssertionError ex) {
			ex.addSuppressed(new AssertionError("Service logs" + tails(dataDir.resolve("logs"))));
			throw ex;
		}
		SoftAssertions softly = new SoftAssertions();
		for (Report.Row row : report.rows()) {
			softly.assertThat(row.result().isClean()).as("%s: %s", row.fault(), row.result()).isTrue();
			softly.assertThat(row.result().emailsResent)
				.as("%s: emails sent again after a crash: %s", row.fault(), row.result())
				.isLessThanOrEqualTo(resendBounds.getOrDefault(row.fault(), 0));
			if (row.drained() != null) {
				// Tells a healthy recovery (seconds) from a stuck one, such as a consumer
				// group waiting out a dead member's 45 s session.
				softly.assertThat(row.drained())
					.as("%s: backlog drained after the restart", row.fault())
					.isLessThanOrEqualTo(RECOVERY_BOUND);
			}
		}
		softly.assertAll();
	}

	/**
	 * Load, the fault, more load, then quiescence and the ledger of this phase's orders.
	 */
	private Report.Row underLoad(Fault fault, Cluster cluster, Traffic traffic, Ledger ledger) throws Exception {
		logger.info("Fault: {}", fault.label());
		traffic.phase(fault.label());
		long retriedBefore = traffic.failedCalls();
		traffic.start(this.plan.ordersPerSecond());
		keepLoad(cluster, this.plan.before());
		Instant faultAt = Instant.now();
		Instant back = fault.inject(cluster, this.plan.downFor());
		logger.info("{}: back after {} ms", fault.label(), Duration.between(faultAt, back).toMillis());
		keepLoad(cluster, this.plan.after());
		traffic.pause();
		List<TrackedOrder> orders = traffic.orders()
			.stream()
			.filter((order) -> order.phase.equals(fault.label()))
			.toList();
		Ledger.Result result = settled(ledger, orders);
		logger.info("{}: {}", fault.label(), result);
		return new Report.Row(fault.label(), result, traffic.failedCalls() - retriedBefore,
				Duration.between(faultAt, back), firstEffect(result, back), drained(result, orders, back));
	}

	/** The stream goes on, and every service instance stays up all along. */
	private static void keepLoad(Cluster cluster, Duration duration) {
		await("load with every service up").during(duration)
			.atMost(duration.plusSeconds(5))
			.until(() -> Stream.of(Service.values())
				.flatMap((service) -> cluster.instances(service).stream())
				.allMatch(ServiceNode::isAlive));
	}

	/**
	 * Waits (bounded) until every order's effects are there and every outbox is
	 * published, then counts.
	 */
	private Ledger.Result settled(Ledger ledger, List<TrackedOrder> orders) {
		try {
			return await("every effect of " + orders.size() + " orders").atMost(this.plan.settle())
				.pollInterval(Duration.ofSeconds(1))
				.until(() -> ledger.check(orders), Ledger.Result::isComplete);
		}
		catch (org.awaitility.core.ConditionTimeoutException ex) {
			// Reported with what is missing rather than thrown.
			Ledger.Result result = ledger.check(orders);
			logger.warn("Not settled after {}: {}", this.plan.settle(), result);
			return result;
		}
	}

	/** From "ready again" to the first "Configure now" that arrived after it. */
	private static Duration firstEffect(Ledger.Result result, Instant back) {
		return result.invitedAt.values()
			.stream()
			.filter((at) -> !at.isBefore(back))
			.min(Comparator.naturalOrder())
			.map((at) -> Duration.between(back, at))
			.orElse(null);
	}

	/**
	 * From "ready again" until every order accepted before it had its "Configure now":
	 * zero when the fault held nothing up.
	 */
	private static Duration drained(Ledger.Result result, List<TrackedOrder> orders, Instant back) {
		return orders.stream()
			.filter((order) -> order.kind != TrackedOrder.Kind.FUTURE && order.acceptedAt != null
					&& order.acceptedAt.isBefore(back))
			.map(result.invitedAt::get)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.map((at) -> at.isAfter(back) ? Duration.between(back, at) : Duration.ZERO)
			.orElse(null);
	}

	private static Path emptyDirectory(Path directory) throws IOException {
		Directories.delete(directory);
		return Files.createDirectories(directory);
	}

	private static String tails(Path logs) {
		StringBuilder text = new StringBuilder();
		try (Stream<Path> files = Files.list(logs)) {
			for (Path log : files.sorted().toList()) {
				List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
				text.append("\n--- ")
					.append(log)
					.append(" (last 30 lines)\n")
					.append(String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())));
			}
		}
		catch (IOException ex) {
			text.append("\n(no logs: ").append(ex).append(')');
		}
		return text.toString();
	}

}
