package com.setupflow.localstack;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Command-line options, each {@code --name=value}; every one has a default so that the
 * plain command works.
 */
record LocalStackOptions(Path dataDir, Path servicesDir, int postgresPort, int kafkaPort, int smtpPort, int imapPort,
		int mailboxPort, int orderPort, int provisioningPort, int notificationPort, String stallAfter,
		boolean infraOnly) {

	static final String USAGE = """
			Usage: java -jar local-stack/target/local-stack.jar [options]
			  --data-dir=PATH        where PostgreSQL, Kafka, mail and logs keep their data (default .local-stack)
			  --services-dir=PATH    repository root holding <service>/target/<service>.jar (default .)
			  --postgres-port=N      first of the PostgreSQL servers' ports: orders N, provisioning N+1,
			                         notifications N+2 (default 5433)
			  --kafka-port=N         Kafka port (default 9092)
			  --smtp-port=N          SMTP port (default 3025)
			  --imap-port=N          IMAP port (default 3143)
			  --mailbox-port=N       mailbox web page port (default 8025)
			  --order-port=N         order-service HTTP port (default 8081)
			  --provisioning-port=N  provisioning-service HTTP port (default 8082)
			  --notification-port=N  notification-service HTTP port (default 8083)
			  --stall-after=D        how long after the invitation an unopened order is stalled,
			                         e.g. 2m to watch the rep's alert locally (default 1d)
			  --infra-only           start PostgreSQL, Kafka and mail only, not the services
			  --help                 print this and exit
			""";

	private static final Set<String> NAMES = Set.of("data-dir", "services-dir", "postgres-port", "kafka-port",
			"smtp-port", "imap-port", "mailbox-port", "order-port", "provisioning-port", "notification-port",
			"stall-after");

	static LocalStackOptions parse(String... args) {
		Map<String, String> values = new HashMap<>();
		boolean infraOnly = false;
		for (String arg : args) {
			int equals = arg.indexOf('=');
			if (arg.equals("--infra-only")) {
				infraOnly = true;
			}
			else if (arg.startsWith("--") && equals > 2 && NAMES.contains(arg.substring(2, equals))) {
				values.put(arg.substring(2, equals), arg.substring(equals + 1));
			}
			else {
				throw new IllegalArgumentException("Unknown argument: " + arg);
			}
		}
		int postgresPort = port(values, "postgres-port", 5433);
		if (postgresPort > 65535 - (Service.ALL.size() - 1)) {
			throw new IllegalArgumentException("--postgres-port leaves no room for the servers after it: at most "
					+ (65535 - (Service.ALL.size() - 1)));
		}
		return new LocalStackOptions(
				Path.of(values.getOrDefault("data-dir", ".local-stack")).toAbsolutePath().normalize(),
				Path.of(values.getOrDefault("services-dir", ".")).toAbsolutePath().normalize(), postgresPort,
				port(values, "kafka-port", 9092), port(values, "smtp-port", 3025), port(values, "imap-port", 3143),
				port(values, "mailbox-port", 8025), port(values, "order-port", Service.ORDER.defaultPort()),
				port(values, "provisioning-port", Service.PROVISIONING.defaultPort()),
				port(values, "notification-port", Service.NOTIFICATION.defaultPort()), stallAfter(values), infraOnly);
	}

	/**
	 * A duration as Spring reads it (2m, 90s, 1d), or {@code null} for the service's
	 * default.
	 */
	private static String stallAfter(Map<String, String> values) {
		String value = values.get("stall-after");
		if (value != null && !value.matches("[1-9][0-9]*(ms|s|m|h|d)")) {
			throw new IllegalArgumentException("--stall-after must look like 2m, 90s or 1d, not '" + value + "'");
		}
		return value;
	}

	/** The HTTP port {@code service} listens on in this run. */
	int port(Service service) {
		if (service.equals(Service.ORDER)) {
			return this.orderPort;
		}
		if (service.equals(Service.PROVISIONING)) {
			return this.provisioningPort;
		}
		if (service.equals(Service.NOTIFICATION)) {
			return this.notificationPort;
		}
		throw new IllegalArgumentException("Unknown service: " + service.name());
	}

	/**
	 * The port of {@code service}'s PostgreSQL server: one after the other from
	 * {@code --postgres-port}.
	 */
	int postgresPort(Service service) {
		int index = Service.ALL.indexOf(service);
		if (index < 0) {
			throw new IllegalArgumentException("Unknown service: " + service.name());
		}
		return this.postgresPort + index;
	}

	String url(Service service) {
		return "http://localhost:" + port(service);
	}

	private static int port(Map<String, String> values, String name, int defaultPort) {
		String value = values.get(name);
		if (value == null) {
			return defaultPort;
		}
		try {
			int port = Integer.parseInt(value);
			if (port < 1 || port > 65535) {
				throw new NumberFormatException();
			}
			return port;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--" + name + " must be a port number, not '" + value + "'");
		}
	}

}
