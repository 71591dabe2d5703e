package com.setupflow.systemtests;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Every port the stack opens, so that it runs beside anything else on the machine.
 *
 * @param postgres the first of the three PostgreSQL servers' ports (orders, provisioning,
 * notifications)
 */
record Ports(int postgres, int kafka, int smtp, int imap, int mailbox, int order, int provisioning, int notification) {

	private static final int POSTGRES_SERVERS = 3;

	/**
	 * Free ports below Linux's ephemeral range (32768 and up): outgoing connections take
	 * their local ports from that range and could take one of these before its server
	 * binds it, above all at the restart.
	 */
	static Ports free() {
		List<Integer> found = new ArrayList<>();
		int port = ThreadLocalRandom.current().nextInt(20000, 30000);
		while (!allFree(port, POSTGRES_SERVERS)) {
			port++;
		}
		found.add(port);
		for (port += POSTGRES_SERVERS; found.size() < 8; port++) {
			if (allFree(port, 1)) {
				found.add(port);
			}
		}
		return new Ports(found.get(0), found.get(1), found.get(2), found.get(3), found.get(4), found.get(5),
				found.get(6), found.get(7));
	}

	private static boolean allFree(int first, int count) {
		for (int port = first; port < first + count; port++) {
			try (ServerSocket socket = new ServerSocket(port)) {
				// Free.
			}
			catch (IOException ex) {
				return false;
			}
		}
		return true;
	}

	List<String> options() {
		return List.of("--postgres-port=" + this.postgres, "--kafka-port=" + this.kafka, "--smtp-port=" + this.smtp,
				"--imap-port=" + this.imap, "--mailbox-port=" + this.mailbox, "--order-port=" + this.order,
				"--provisioning-port=" + this.provisioning, "--notification-port=" + this.notification);
	}

	String orderUrl() {
		return "http://localhost:" + this.order;
	}

	String provisioningUrl() {
		return "http://localhost:" + this.provisioning;
	}

	String notificationUrl() {
		return "http://localhost:" + this.notification;
	}

	String mailboxUrl() {
		return "http://localhost:" + this.mailbox;
	}

	String kafkaBootstrapServers() {
		return "localhost:" + this.kafka;
	}

}
