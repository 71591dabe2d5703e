package com.setupflow.faults;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * How much of the suite to run: the bounded part runs in every {@code verify} (CI), the
 * full run is {@code ./mvnw -B -ntp -pl fault-suite -am verify -Pfaults-full}.
 *
 * @param name bounded or full
 * @param ordersPerSecond the steady stream
 * @param before load before each fault
 * @param downFor how long each fault lasts before the restart
 * @param after load after the restart
 * @param settle how long the orders of a phase may take to reach their state
 * @param faults the faults, in turn
 */
record Plan(String name, int ordersPerSecond, Duration before, Duration downFor, Duration after, Duration settle,
		List<Fault> faults) {

	static final Plan BOUNDED = new Plan("bounded", 5, Duration.ofSeconds(5), Duration.ofSeconds(1),
			Duration.ofSeconds(5), Duration.ofSeconds(120),
			List.of(Fault.KILL_ORDER_SERVICE, Fault.KILL_PROVISIONING_SERVICE, Fault.KILL_NOTIFICATION_SERVICE,
					Fault.RESTART_KAFKA, Fault.RESTART_POSTGRES));

	static final Plan FULL = new Plan("full", 10, Duration.ofSeconds(15), Duration.ofSeconds(10),
			Duration.ofSeconds(15), Duration.ofSeconds(180), List.of(Fault.values()));

	/**
	 * {@code -Dfaults.plan=bounded|full}, and optionally
	 * {@code -Dfaults.only=RESTART_KAFKA,...} to run some of its faults only.
	 */
	static Plan fromSystemProperty() {
		String name = System.getProperty("faults.plan", "bounded");
		Plan plan = switch (name) {
			case "bounded" -> BOUNDED;
			case "full" -> FULL;
			default -> throw new IllegalArgumentException("faults.plan is bounded or full, not " + name);
		};
		String only = System.getProperty("faults.only", "");
		if (only.isBlank()) {
			return plan;
		}
		List<Fault> faults = Arrays.stream(only.split(",")).map(String::trim).map(Fault::valueOf).toList();
		return new Plan(plan.name, plan.ordersPerSecond, plan.before, plan.downFor, plan.after, plan.settle, faults);
	}

}
