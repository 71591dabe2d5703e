package com.setupflow.systemtests;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Every port the stack opens, so that it runs beside anything else on the machine.
 */
record Ports(int postgres, int kafka, int smtp, int imap, int mailbox, int order, int provisioning, int notification) {

	/**
	 * Free ports below Linux's ephemeral range (32768 and up): outgoing connections take
	 * their local ports from that range and could take one of these before its server
	 * binds it, above all at the restart.
	 */
	static Ports free() {
		List<Integer> found = new ArrayList<>();
		for (int port = ThreadLocalRandom.current().nextInt(20000, 30000); found.size() < 8; port++) {
			try (ServerSocket socket = new ServerSocket(port)) {
				found.add(port);
			}
			catch (IOException ex) {
				// Taken: try the next one.
			}
		}
		return new Ports(found.get(0), found.get(1), found.get(2), found.get(3), found.get(4), found.get(5),
				found.get(6), found.get(7));
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
