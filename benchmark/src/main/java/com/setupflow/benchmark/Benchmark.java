package com.setupflow.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs the timer-burst benchmark of the order timeline on this machine and prints a
 * Markdown report (also written to {@code benchmark/target/}):
 * <ol>
 * <li>start the local stack (real PostgreSQL, Kafka, SMTP, three service JVMs);</li>
 * <li>place the orders through the API (orders accepted per second, as a
 * by-product);</li>
 * <li>make every order's invitation due at one instant; measure due to SetupLinkIssued
 * and due to the last "Configure now" email at the SMTP server, with duplicates and
 * losses;</li>
 * <li>on the same PostgreSQL, the same load on one plain Quartz trigger per order.</li>
 * </ol>
 * Options: {@code --orders=100000 --baseline-orders=<orders> --clients=8
 * --burst-timeout=600 --baseline-timeout=900} (seconds).
 */
public final class Benchmark {

	private Benchmark() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		int orders = Integer.parseInt(options.getOrDefault("orders", "100000"));
		int baselineOrders = Integer.parseInt(options.getOrDefault("baseline-orders", String.valueOf(orders)));
		int clients = Integer.parseInt(options.getOrDefault("clients", "8"));
		Duration burstTimeout = Duration.ofSeconds(Long.parseLong(options.getOrDefault("burst-timeout", "600")));
		Duration baselineTimeout = Duration.ofSeconds(Long.parseLong(options.getOrDefault("baseline-timeout", "900")));

		Path repository = Path.of("").toAbsolutePath();
		Path run = repository.resolve("benchmark/target/run-" + System.currentTimeMillis());
		System.out.println("Starting the local stack in " + run + " ...");
		try (Stack stack = Stack.start(repository, run.resolve("stack"))) {
			System.out.printf("Placing %,d orders through the API with %d clients ...%n", orders, clients);
			Duration loading = new OrderLoader(stack.orderApi()).load("BENCH-" + run.getFileName(), orders, clients);
			System.out.println("Waiting for every provisioning case ...");
			awaitCases(stack, orders);
			System.out.println("Timer burst ...");
			TimerBurst.Result burst = new TimerBurst(stack).run(orders, burstTimeout);
			System.out.printf("Quartz baseline with %,d triggers ...%n", baselineOrders);
			QuartzBaseline.Result baseline = new QuartzBaseline(stack).run(baselineOrders, baselineTimeout);
			String report = Report.render(orders, clients, loading, burst, baseline);
			System.out.println(report);
			Files.writeString(run.resolve("report.md"), report);
			System.out.println("Report written to " + run.resolve("report.md"));
		}
	}

	private static void awaitCases(Stack stack, int orders) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
		while (Instant.now().isBefore(deadline)) {
			try (Connection provisioning = stack.database("provisioning");
					ResultSet rs = provisioning.createStatement()
						.executeQuery("select count(*) from provisioning_case")) {
				rs.next();
				if (rs.getInt(1) >= orders) {
					return;
				}
			}
			Stack.pause(Duration.ofSeconds(1));
		}
		throw new IllegalStateException("Not every order reached the provisioning service within 10 minutes");
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (String arg : args) {
			int equals = arg.indexOf('=');
			if (!arg.startsWith("--") || equals < 0) {
				throw new IllegalArgumentException("Options look like --orders=100000, not " + arg);
			}
			options.put(arg.substring(2, equals), arg.substring(equals + 1));
		}
		return options;
	}

}
