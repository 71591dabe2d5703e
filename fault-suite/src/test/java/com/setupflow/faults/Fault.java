package com.setupflow.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * One fault the suite injects under load, and how the system is brought back.
 */
enum Fault {

	KILL_ORDER_SERVICE("SIGKILL order-service, restart"),

	KILL_PROVISIONING_SERVICE("SIGKILL provisioning-service, restart"),

	KILL_NOTIFICATION_SERVICE("SIGKILL notification-service, restart"),

	RESTART_KAFKA("restart the Kafka broker"),

	RESTART_POSTGRES("restart PostgreSQL"),

	TWO_INSTANCES("two instances of every service");

	private final String label;

	Fault(String label) {
		this.label = label;
	}

	String label() {
		return this.label;
	}

	/**
	 * Injects the fault, keeps it for {@code downFor} and brings the system back.
	 * @return when everything was ready again
	 */
	Instant inject(Cluster cluster, Duration downFor) throws Exception {
		return switch (this) {
			case KILL_ORDER_SERVICE -> killAndRestart(cluster.first(Service.ORDER), downFor);
			case KILL_PROVISIONING_SERVICE -> killAndRestart(cluster.first(Service.PROVISIONING), downFor);
			case KILL_NOTIFICATION_SERVICE -> killAndRestart(cluster.first(Service.NOTIFICATION), downFor);
			case RESTART_KAFKA -> {
				cluster.kafka().stop();
				stayDown(downFor, () -> !cluster.kafka().isRunning());
				cluster.kafka().restart();
				yield Instant.now();
			}
			case RESTART_POSTGRES -> {
				cluster.postgres().stop();
				stayDown(downFor, () -> !cluster.postgres().isRunning());
				cluster.postgres().restart();
				yield allReady(cluster);
			}
			case TWO_INSTANCES -> {
				List<ServiceNode> twins = new ArrayList<>();
				for (Service service : Service.values()) {
					twins.add(cluster.launchInstance(service));
				}
				Instant ready = Instant.now();
				for (ServiceNode twin : twins) {
					ready = twin.awaitReady(Cluster.READY);
				}
				yield ready;
			}
		};
	}

	private static Instant killAndRestart(ServiceNode node, Duration downFor) throws Exception {
		node.kill();
		stayDown(downFor, () -> !node.isAlive());
		node.launch();
		return node.awaitReady(Cluster.READY);
	}

	/** The outage lasts {@code downFor}, and stays an outage all that time. */
	private static void stayDown(Duration downFor, java.util.concurrent.Callable<Boolean> down) {
		if (!downFor.isZero()) {
			await("the outage").during(downFor).atMost(downFor.plusSeconds(5)).until(down);
		}
	}

	private static Instant allReady(Cluster cluster) {
		Instant ready = Instant.now();
		for (Service service : Service.values()) {
			for (ServiceNode node : cluster.instances(service)) {
				ready = node.awaitReady(Cluster.READY);
			}
		}
		return ready;
	}

}
