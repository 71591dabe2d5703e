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

	/**
	 * The worst moment for an email: the notification service is killed while the SMTP
	 * server is taking a batch of them, after some were accepted and before the batch's
	 * outcome is committed.
	 */
	KILL_NOTIFICATION_WHILE_SENDING("SIGKILL notification-service while it sends a batch, restart"),

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
	 * How many emails this fault may get sent twice: a sender that dies (or loses its
	 * database) after the SMTP server accepted a batch and before it recorded that sends
	 * the batch again, at most one batch (100) per sending thread (2). See the
	 * notification service's README, "At least once, not exactly once".
	 */
	int mayResendEmails() {
		return switch (this) {
			case KILL_NOTIFICATION_SERVICE, KILL_NOTIFICATION_WHILE_SENDING, RESTART_POSTGRES -> 2 * 100;
			default -> 0;
		};
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
			case KILL_NOTIFICATION_WHILE_SENDING -> {
				// A backlog of emails builds while it is down; the restart sends it in
				// batches, and the second kill lands once the first emails of it arrived.
				ServiceNode node = cluster.first(Service.NOTIFICATION);
				node.kill();
				stayDown(downFor, () -> !node.isAlive());
				int received = cluster.mail().messages().size();
				node.launch();
				await("the first emails of the backlog").atMost(Cluster.READY)
					.pollInterval(Duration.ofMillis(2))
					.failFast("notification-service exited", () -> !node.isAlive())
					.until(() -> cluster.mail().messages().size() >= received + 5);
				node.kill();
				node.launch();
				yield node.awaitReady(Cluster.READY);
			}
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
