package com.setupflow.faults;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import com.setupflow.embedded.EmbeddedKafkaBroker;
import com.setupflow.embedded.EmbeddedPostgresServer;
import com.setupflow.embedded.MailServer;

/**
 * The system under test, every part of it a separate server the suite controls:
 * PostgreSQL (its own OS process, started and stopped by this JVM through
 * {@code pg_ctl}), a Kafka KRaft broker and an SMTP server (in this JVM, restartable on
 * the same port and data), and each service as a child JVM that can be killed with
 * SIGKILL and started again on the same port, database and consumer group.
 *
 * <p>
 * Why not the local stack's jar: it owns PostgreSQL and Kafka in its own JVM, so the
 * suite could restart neither without killing everything. Here the harness holds the
 * broker and the database and drives their restarts, while the services (the code under
 * test) are real separate processes exactly as the local stack runs them.
 */
final class Cluster implements AutoCloseable {

	/** The order service's API key in this run. Test only: never a real secret. */
	static final String API_KEY = "sf_fault_7c1e4b9d2a6f48e3b5d0c9a8e7f61234";

	static final String REP_EMAIL = "rep@vendor.example";

	static final Duration READY = Duration.ofSeconds(120);

	private final Path repository;

	private final Path dataDir;

	private final Path logs;

	private final Set<Integer> taken = new HashSet<>();

	private final Map<Service, List<ServiceNode>> nodes = new EnumMap<>(Service.class);

	private final Thread shutdownHook = new Thread(this::close, "fault-suite-cluster-shutdown");

	private EmbeddedPostgresServer postgres;

	private EmbeddedKafkaBroker kafka;

	private MailServer mail;

	private int orderPort;

	private int provisioningPort;

	private Cluster(Path repository, Path dataDir) throws IOException {
		this.repository = repository;
		this.dataDir = dataDir;
		this.logs = Files.createDirectories(dataDir.resolve("logs"));
		for (Service service : Service.values()) {
			this.nodes.put(service, new CopyOnWriteArrayList<>());
		}
	}

	/**
	 * Starts PostgreSQL, Kafka, SMTP, then one instance of each service, and waits until
	 * each is ready.
	 */
	static Cluster start(Path repository, Path dataDir) throws IOException {
		for (Service service : Service.values()) {
			if (!Files.isRegularFile(service.jar(repository))) {
				throw new IllegalStateException("Missing " + service.jar(repository)
						+ "; build it first from the repository root: ./mvnw -q -DskipTests package");
			}
		}
		Cluster cluster = new Cluster(repository, dataDir);
		// Should the test JVM be stopped without closing the cluster (Ctrl-C, a build
		// timeout), the services and PostgreSQL must not outlive it.
		Runtime.getRuntime().addShutdownHook(cluster.shutdownHook);
		try {
			cluster.startInfrastructure();
			List<ServiceNode> first = new ArrayList<>();
			for (Service service : Service.values()) {
				first.add(cluster.launchInstance(service));
			}
			for (ServiceNode node : first) {
				node.awaitReady(READY);
			}
			return cluster;
		}
		catch (IOException | RuntimeException | Error ex) {
			cluster.close();
			throw ex;
		}
	}

	private void startInfrastructure() {
		this.postgres = EmbeddedPostgresServer.start(this.dataDir.resolve("postgres"), freePort());
		for (Service service : Service.values()) {
			this.postgres.createDatabaseIfAbsent(service.database());
		}
		this.kafka = EmbeddedKafkaBroker.start(this.dataDir.resolve("kafka"), freePort());
		// In memory: the suite reads what arrived from this JVM.
		this.mail = MailServer.start(freePort(), freePort(), null);
		this.orderPort = freePort();
		this.provisioningPort = freePort();
	}

	/**
	 * Starts one more instance of {@code service} on the same database and consumer
	 * group; the first instance of the order and provisioning services gets the ports
	 * that emails link to.
	 */
	ServiceNode launchInstance(Service service) throws IOException {
		List<ServiceNode> instances = this.nodes.get(service);
		int index = instances.size() + 1;
		int port = (index > 1) ? freePort() : switch (service) {
			case ORDER -> this.orderPort;
			case PROVISIONING -> this.provisioningPort;
			case NOTIFICATION -> freePort();
		};
		String name = service.module() + "-" + index;
		ServiceNode node = new ServiceNode(service, name, port, service.jar(this.repository),
				this.logs.resolve(name + ".log"), environment(service, port));
		node.launch();
		instances.add(node);
		return node;
	}

	/** Stops (SIGTERM) every instance of {@code service} but the first. */
	void stopExtraInstances(Service service) throws InterruptedException {
		List<ServiceNode> instances = this.nodes.get(service);
		while (instances.size() > 1) {
			ServiceNode extra = instances.remove(instances.size() - 1);
			extra.stop();
		}
	}

	/** What the local stack gives each service (Spring Boot relaxed binding). */
	private Map<String, String> environment(Service service, int port) {
		Map<String, String> env = new LinkedHashMap<>();
		env.put("SERVER_PORT", String.valueOf(port));
		env.put("SPRING_DATASOURCE_URL", this.postgres.jdbcUrl(service.database()));
		env.put("SPRING_DATASOURCE_USERNAME", this.postgres.username());
		env.put("SPRING_DATASOURCE_PASSWORD", this.postgres.password());
		env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", this.kafka.bootstrapServers());
		env.put("SPRING_MAIL_HOST", "localhost");
		env.put("SPRING_MAIL_PORT", String.valueOf(this.mail.smtpPort()));
		env.put("SETUPFLOW_PUBLIC_BASE_URL_PROVISIONING", "http://localhost:" + this.provisioningPort);
		env.put("SETUPFLOW_PUBLIC_BASE_URL_ORDER", "http://localhost:" + this.orderPort);
		if (service == Service.ORDER) {
			env.put("SETUPFLOW_API_BOOTSTRAP_KEY", API_KEY);
			env.put("SETUPFLOW_REPS_BOOTSTRAP_EMAIL", REP_EMAIL);
			env.put("SETUPFLOW_REPS_BOOTSTRAP_PASSWORD", "fault-suite-rep-password");
		}
		return env;
	}

	List<ServiceNode> instances(Service service) {
		return List.copyOf(this.nodes.get(service));
	}

	ServiceNode first(Service service) {
		return this.nodes.get(service).get(0);
	}

	EmbeddedPostgresServer postgres() {
		return this.postgres;
	}

	EmbeddedKafkaBroker kafka() {
		return this.kafka;
	}

	MailServer mail() {
		return this.mail;
	}

	DataSource database(Service service) {
		return this.postgres.dataSource(service.database());
	}

	Path logs() {
		return this.logs;
	}

	/**
	 * A free port below Linux's ephemeral range (32768 and up), where an outgoing
	 * connection could take it between two runs of a server that restarts on it.
	 */
	private int freePort() {
		for (int port = ThreadLocalRandom.current().nextInt(20000, 30000);; port++) {
			if (this.taken.contains(port)) {
				continue;
			}
			try (ServerSocket socket = new ServerSocket(port)) {
				this.taken.add(port);
				return port;
			}
			catch (IOException ex) {
				// Taken: try the next one.
			}
		}
	}

	/** Services first (SIGTERM), then Kafka, mail and PostgreSQL. */
	@Override
	public void close() {
		if (Thread.currentThread() != this.shutdownHook) {
			try {
				Runtime.getRuntime().removeShutdownHook(this.shutdownHook);
			}
			catch (IllegalStateException ex) {
				// The JVM is shutting down: the hook runs, or ran, close() too.
			}
		}
		for (Service service : Service.values()) {
			for (ServiceNode node : this.nodes.get(service)) {
				try {
					node.stop();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		}
		if (this.kafka != null) {
			this.kafka.close();
		}
		if (this.mail != null) {
			this.mail.close();
		}
		if (this.postgres != null) {
			this.postgres.close();
		}
	}

}
