package com.setupflow.benchmark;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The system under test: {@code local-stack.jar} started as the README's Run command
 * starts it (PostgreSQL, Kafka and SMTP in its process, each service in its own JVM), on
 * free ports and in a fresh data folder.
 */
final class Stack implements AutoCloseable {

	static final String API_KEY = "sf_local_3b7f9c2e41d84a6f9e0c5d1a2b8e7f60";

	/**
	 * The services' databases, in the order of their servers' ports from
	 * {@code --postgres-port} on.
	 */
	private static final List<String> DATABASES = List.of("orders", "provisioning", "notifications");

	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	private final Process process;

	private final Path dataDir;

	private final int postgresPort;

	private final int kafkaPort;

	private final int orderPort;

	private final ServiceJvms jvms;

	private Stack(Process process, Path dataDir, int postgresPort, int kafkaPort, int orderPort, ServiceJvms jvms) {
		this.process = process;
		this.dataDir = dataDir;
		this.postgresPort = postgresPort;
		this.kafkaPort = kafkaPort;
		this.orderPort = orderPort;
		this.jvms = jvms;
	}

	static Stack start(Path repository, Path dataDir) throws IOException {
		Path jar = repository.resolve("local-stack/target/local-stack.jar");
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("No " + jar + ": build first with ./mvnw -q -DskipTests package");
		}
		Files.createDirectories(dataDir);
		// The first port is followed by those of the provisioning and notification
		// databases' servers.
		int[] ports = freePorts(8, DATABASES.size());
		List<String> command = new ArrayList<>(List.of("java", "-jar", jar.toString(), "--data-dir=" + dataDir,
				"--services-dir=" + repository, "--postgres-port=" + ports[0], "--kafka-port=" + ports[1],
				"--smtp-port=" + ports[2], "--imap-port=" + ports[3], "--mailbox-port=" + ports[4],
				"--order-port=" + ports[5], "--provisioning-port=" + ports[6], "--notification-port=" + ports[7]));
		Path output = dataDir.resolve("stack.out");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
		// Watched from launch on: start-up time is from each JVM's start to its
		// readiness.
		Map<String, Integer> servicePorts = new LinkedHashMap<>();
		servicePorts.put("order-service", ports[5]);
		servicePorts.put("provisioning-service", ports[6]);
		servicePorts.put("notification-service", ports[7]);
		ServiceJvms jvms = new ServiceJvms(process.toHandle(), servicePorts, dataDir.resolve("logs"));
		Stack stack = new Stack(process, dataDir, ports[0], ports[1], ports[5], jvms);
		stack.awaitBanner(output);
		return stack;
	}

	private void awaitBanner(Path output) throws IOException {
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (Files.exists(output) && Files.readString(output).contains("curl -i -X POST")) {
				return;
			}
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The local stack exited; see " + output);
			}
			pause(Duration.ofMillis(500));
		}
		throw new IllegalStateException("The local stack did not come up within " + START_TIMEOUT + "; see " + output);
	}

	/**
	 * A connection to a service's database, on that service's own server; any other name
	 * (such as {@code postgres}, or a scratch database) is on the order service's server,
	 * where the baselines run.
	 */
	Connection database(String name) throws SQLException {
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + postgresPort(name) + "/" + name, "postgres",
				"postgres");
	}

	/** The port of the server holding {@code database}. */
	int postgresPort(String database) {
		return this.postgresPort + Math.max(0, DATABASES.indexOf(database));
	}

	/** CPU time of the stack's processes, its PostgreSQL servers and this benchmark. */
	CpuMeter cpu() {
		// Each server's folder is postgres-<database>.
		return new CpuMeter(this.process.toHandle(), this.dataDir.resolve("postgres-"));
	}

	ServiceJvms jvms() {
		return this.jvms;
	}

	String kafkaBootstrap() {
		return "localhost:" + this.kafkaPort;
	}

	String orderApi() {
		return "http://localhost:" + this.orderPort + "/api/v1/orders";
	}

	Path mailDir() {
		return this.dataDir.resolve("mail");
	}

	/** Stops the stack as Ctrl-C would: services first, then the servers. */
	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(90, TimeUnit.SECONDS)) {
				this.process.descendants().forEach(ProcessHandle::destroyForcibly);
				this.process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Ports below the kernel's ephemeral range, so no outgoing connection takes one
	 * first; the first one starts a run of {@code firstRun} free ports.
	 */
	static int[] freePorts(int count, int firstRun) {
		int[] ports = new int[count];
		int candidate = 20000 + (int) (ProcessHandle.current().pid() % 5000);
		while (!allFree(candidate, firstRun)) {
			candidate++;
		}
		ports[0] = candidate;
		candidate += firstRun;
		for (int i = 1; i < count; candidate++) {
			if (allFree(candidate, 1)) {
				ports[i++] = candidate;
			}
		}
		return ports;
	}

	private static boolean allFree(int first, int count) {
		for (int port = first; port < first + count; port++) {
			try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
				// Free.
			}
			catch (IOException busy) {
				return false;
			}
		}
		return true;
	}

}
