package com.setupflow.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Measures the running system on this machine and prints a Markdown report (also written
 * to {@code benchmark/target/run-<time>/report.md}). One local stack (real PostgreSQL,
 * Kafka, SMTP, three service JVMs) serves every phase, in this order:
 * <ol>
 * <li>{@code startup}: each service's time from process start to ready, and its resident
 * memory at rest (and again after the other phases, once the load has settled);</li>
 * <li>{@code intake}: orders accepted per second through the API by closed-loop clients,
 * and pgbench committing the same rows on the same PostgreSQL, same clients, same
 * time;</li>
 * <li>{@code latency}: order committed to provisioning case created, at fixed rates (open
 * loop);</li>
 * <li>{@code burst}: the timer burst: every loaded order's invitation due at one instant,
 * against one plain Quartz trigger per order.</li>
 * </ol>
 * Options (defaults): {@code --phases=startup,intake,latency,burst --clients=8
 * --warmup-seconds=10 --intake-seconds=60 --latency-rates=500 --latency-seconds=60
 * --settle-seconds=20 --orders=100000 --baseline-orders=<orders> --burst-timeout=600
 * --baseline-timeout=900} (durations in seconds).
 */
public final class Benchmark {

	private Benchmark() {
	}

	public static void main(String[] args) throws Exception {
		Options options = Options.parse(args);
		Set<String> phases = options.phases();
		int clients = options.integer("clients", 8);
		Duration warmup = options.seconds("warmup-seconds", 10);
		Duration settle = options.seconds("settle-seconds", 20);

		Path repository = Path.of("").toAbsolutePath();
		Path run = repository.resolve("benchmark/target/run-" + System.currentTimeMillis());
		String name = run.getFileName().toString();
		System.out.println("Starting the local stack in " + run + " (phases " + phases + ") ...");
		StringBuilder report = new StringBuilder();
		try (Stack stack = Stack.start(repository, run.resolve("stack"))) {
			report.append(Machine.describe(options.commandLine(), stack)).append('\n');
			Map<String, ServiceJvms.Ready> ready = stack.jvms().awaitReady(Duration.ofSeconds(30));
			Map<String, Long> atRest = Map.of();
			if (phases.contains("startup")) {
				Stack.pause(settle);
				atRest = stack.jvms().residentMiB();
			}
			if (phases.contains("intake")) {
				System.out.println("Intake ...");
				report
					.append(new IntakePhase(stack, repository)
						.run("INTAKE-" + name, clients, warmup, options.seconds("intake-seconds", 60), run)
						.markdown())
					.append('\n');
			}
			if (phases.contains("latency")) {
				Duration measure = options.seconds("latency-seconds", 60);
				List<LatencyPhase.Result> results = new ArrayList<>();
				for (int rate : options.integers("latency-rates", "500")) {
					System.out.printf("Latency at %d orders/s ...%n", rate);
					results.add(new LatencyPhase(stack).run("LATENCY" + rate + "-" + name, rate, warmup, measure));
					System.out.println("  " + results.get(results.size() - 1).row());
				}
				report.append(LatencyPhase.markdown(results, warmup, measure)).append('\n');
			}
			if (phases.contains("burst")) {
				report.append(burst(stack, options, clients, "BENCH-" + name)).append('\n');
			}
			if (phases.contains("startup")) {
				boolean loaded = phases.size() > 1;
				if (loaded) {
					Stack.pause(settle);
				}
				report.append(ServiceJvms.markdown(ready, atRest, loaded ? stack.jvms().residentMiB() : Map.of(),
						"the other phases, %d s settled".formatted(settle.toSeconds())));
				System.out.println("Each service started on its own ...");
				report.append('\n')
					.append(StartAlone.markdown(new StartAlone(stack.jvms(), run.resolve("stack/logs")).run(settle),
							settle));
			}
			report.append("%nLoad average at the end: %s.%n".formatted(Machine.loadAverage()));
		}
		System.out.println(report);
		Files.writeString(run.resolve("report.md"), report);
		System.out.println("Report written to " + run.resolve("report.md"));
		if (!options.flag("keep-data")) {
			// A run of 100,000 orders leaves about 4.5 GB (PostgreSQL's WAL, the mail,
			// Kafka's logs): a dozen runs filled our disk.
			deleteRecursively(run.resolve("stack"));
			System.out.println("Deleted the stack's data; --keep-data=true keeps it");
		}
	}

	private static void deleteRecursively(Path directory) throws IOException {
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	/** The timer burst and its Quartz baseline, on orders of their own. */
	private static String burst(Stack stack, Options options, int clients, String tag) throws Exception {
		int orders = options.integer("orders", 100_000);
		int baselineOrders = options.integer("baseline-orders", orders);
		System.out.printf("Placing %,d orders through the API with %d clients ...%n", orders, clients);
		Duration loading = new OrderLoader(stack.orderApi()).load(tag, orders, clients);
		System.out.println("Waiting for every provisioning case ...");
		Cases.await(stack, tag);
		System.out.println("Timer burst ...");
		TimerBurst.Result burst = new TimerBurst(stack).run(tag, orders, options.seconds("burst-timeout", 600));
		System.out.printf("Quartz baseline with %,d triggers ...%n", baselineOrders);
		QuartzBaseline.Result baseline = new QuartzBaseline(stack).run(baselineOrders,
				options.seconds("baseline-timeout", 900));
		return Report.render(orders, clients, loading, burst, baseline);
	}

}
