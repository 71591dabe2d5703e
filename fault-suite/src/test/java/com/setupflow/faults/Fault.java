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

	/**
	 * PostgreSQL's immediate shutdown (SIGQUIT to the postmaster): no checkpoint, every
	 * session cut; the restart replays the WAL, as after a crash.
	 */
	CRASH_POSTGRES("crash PostgreSQL (immediate stop), restart with crash recovery"),

	TWO_INSTANCES("two instances of every service"),

	/**
	 * With two instances of each service, SIGKILL the first of each while the second
	 * carries on: the survivors take over partitions, timers and sending; then the killed
	 * ones start again.
	 */
	KILL_ONE_OF_TWO("SIGKILL one of two instances of every service, restart");

	private final String label;

	Fault(String label) {
		this.label = label;
	}

	String label() {
		return this.label;
	}

	/**
	 * How many emails this fault may get sent twice (same Message-ID). The notification
	 * service records each acceptance of the SMTP server within milliseconds, so only a
	 * SIGKILL in those milliseconds sends an email again: the emails a sending thread (4)
	 * got accepted while the recorder was committing, a handful on our machine; 10 each
	 * leaves room for a loaded machine, and a whole batch sent again (up to 100) still
	 * fails. A database restart or crash must send nothing twice: the sender keeps the
	 * acceptances and records them once it is back. See the notification service's
	 * README, "Once, even after a crash".
	 */
	int mayResendEmails() {
		return switch (this) {
			case KILL_NOTIFICATION_SERVICE, KILL_NOTIFICATION_WHILE_SENDING, KILL_ONE_OF_TWO -> 4 * 10;
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
			case CRASH_POSTGRES -> {
				long postmaster = postmasterPid(cluster);
				Process quit = new ProcessBuilder("kill", "-QUIT", String.valueOf(postmaster)).inheritIO().start();
				if (quit.waitFor() != 0) {
					throw new IllegalStateException("kill -QUIT " + postmaster + " failed");
				}
				stayDown(downFor, () -> ProcessHandle.of(postmaster).map((process) -> !process.isAlive()).orElse(true));
				// Forgets the crashed server (its pg_ctl stop finds nothing to stop).
				cluster.postgres().stop();
				cluster.postgres().restart();
				yield allReady(cluster);
			}
			case TWO_INSTANCES -> twoOfEach(cluster);
			case KILL_ONE_OF_TWO -> {
				twoOfEach(cluster);
				List<ServiceNode> first = new ArrayList<>();
				for (Service service : Service.values()) {
					first.add(cluster.first(service));
				}
				for (ServiceNode node : first) {
					node.kill();
				}
				stayDown(downFor, () -> first.stream().noneMatch(ServiceNode::isAlive));
				for (ServiceNode node : first) {
					node.launch();
				}
				Instant ready = Instant.now();
				for (ServiceNode node : first) {
					ready = node.awaitReady(Cluster.READY);
				}
				yield ready;
			}
		};
	}

	/** Starts a second instance of every service that has only one. */
	private static Instant twoOfEach(Cluster cluster) throws Exception {
		List<ServiceNode> twins = new ArrayList<>();
		for (Service service : Service.values()) {
			if (cluster.instances(service).size() < 2) {
				twins.add(cluster.launchInstance(service));
			}
		}
		Instant ready = Instant.now();
		for (ServiceNode twin : twins) {
			ready = twin.awaitReady(Cluster.READY);
		}
		return ready;
	}

	/** The first line of {@code postmaster.pid}. */
	private static long postmasterPid(Cluster cluster) throws java.io.IOException {
		return Long.parseLong(
				java.nio.file.Files.readAllLines(cluster.postgres().dataDir().resolve("postmaster.pid")).get(0).trim());
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
