package com.setupflow.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import com.setupflow.embedded.EmbeddedKafkaBroker;
import com.setupflow.embedded.EmbeddedPostgresServer;
import com.setupflow.embedded.MailServer;

/**
 * Starts the whole system on this machine: PostgreSQL, Kafka and a mail server
 * in-process, a mailbox page, then the three services as child JVMs. Ctrl-C stops it all;
 * the data stays in the data directory for the next run.
 */
public final class LocalStack {

	/** The API key the local order service accepts. Local only: never a real secret. */
	public static final String LOCAL_API_KEY = "sf_local_3b7f9c2e41d84a6f9e0c5d1a2b8e7f60";

	/** The account rep who can sign in to the local dashboard. Local only. */
	public static final String LOCAL_REP_EMAIL = "rep@vendor.example";

	/** That rep's password. Local only: never a real secret. */
	public static final String LOCAL_REP_PASSWORD = "local-rep-password";

	static final String PACKAGE_COMMAND = "./mvnw -q -DskipTests package";

	static final int KAFKA_PARTITIONS = 2;

	private static final Duration READINESS_TIMEOUT = Duration.ofSeconds(90);

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

	private final LocalStackOptions options;

	private final List<ServiceProcess> services = new ArrayList<>();

	private volatile boolean stopping;

	private final Map<Service, EmbeddedPostgresServer> postgres = new LinkedHashMap<>();

	private EmbeddedKafkaBroker kafka;

	private MailServer mail;

	private MailboxPage mailbox;

	LocalStack(LocalStackOptions options) {
		this.options = options;
	}

	public static void main(String[] args) throws InterruptedException {
		if (Arrays.asList(args).contains("--help")) {
			System.out.print(LocalStackOptions.USAGE);
			return;
		}
		LocalStackOptions options;
		try {
			options = LocalStackOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.print(LocalStackOptions.USAGE);
			System.exit(2);
			return;
		}
		// Read by logback.xml: set before the first logger is created.
		System.setProperty("setupflow.localstack.logs", options.dataDir().resolve("logs").toString());
		LocalStack stack = new LocalStack(options);
		try {
			stack.start();
		}
		catch (StartupException ex) {
			System.err.println(ex.getMessage());
			System.exit(1);
		}
		catch (Exception ex) {
			System.err.println("The local stack could not start: " + ex);
			System.err.println("Details may be in " + options.dataDir().resolve("logs"));
			System.exit(1);
		}
		// Everything runs on other threads and processes until Ctrl-C runs the shutdown
		// hook.
		new CountDownLatch(1).await();
	}

	void start() throws IOException {
		List<Service> toLaunch = this.options.infraOnly() ? List.of() : Service.ALL;
		checkJars(toLaunch);
		checkPorts(toLaunch);
		Path logs = Files.createDirectories(this.options.dataDir().resolve("logs"));
		Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "local-stack-shutdown"));

		Set<Service> copiedClusters = SharedClusterSplit.split(this.options.dataDir());
		if (!copiedClusters.isEmpty()) {
			say("Gave each service its own copy of the shared PostgreSQL cluster of an earlier version");
		}
		for (Service service : Service.ALL) {
			startPostgres(service, copiedClusters.contains(service));
		}
		say("Starting Kafka on port " + this.options.kafkaPort() + "...");
		this.kafka = EmbeddedKafkaBroker.start(this.options.dataDir().resolve("kafka"), this.options.kafkaPort());
		say("Starting the mail server (SMTP " + this.options.smtpPort() + ", IMAP " + this.options.imapPort() + ")...");
		this.mail = MailServer.start(this.options.smtpPort(), this.options.imapPort(),
				this.options.dataDir().resolve("mail"));
		this.mailbox = MailboxPage.start(this.mail, this.options.mailboxPort());

		for (Service service : toLaunch) {
			say("Starting " + service.name() + " on port " + this.options.port(service) + "...");
			Path log = logs.resolve(service.name() + ".log");
			ServiceProcess process = ServiceProcess.launch(service, this.options.url(service),
					service.jar(this.options.servicesDir()), log, environment(service));
			process.onExit(() -> reportExit(process));
			synchronized (this.services) {
				this.services.add(process);
			}
		}
		Map<Service, Boolean> ready = new LinkedHashMap<>();
		Instant deadline = Instant.now().plus(READINESS_TIMEOUT);
		for (ServiceProcess process : this.services) {
			ready.put(process.service(), process.awaitReady(deadline));
			if (!ready.get(process.service()) && process.isAlive()) {
				say(process.service().name() + " is not ready after " + READINESS_TIMEOUT.toSeconds() + " s; see "
						+ relative(process.log()));
			}
		}
		System.out.println(Banner.render(this.options, ready, LocalDate.now(Banner.FIRST_ORDER_ZONE)));
	}

	private void startPostgres(Service service, boolean copiedFromSharedCluster) {
		int port = this.options.postgresPort(service);
		say("Starting PostgreSQL for " + service.name() + " on port " + port + "...");
		EmbeddedPostgresServer server = EmbeddedPostgresServer
			.start(this.options.dataDir().resolve(service.postgresDir()), port);
		synchronized (this.postgres) {
			this.postgres.put(service, server);
		}
		server.createDatabaseIfAbsent(service.database());
		CpuPriority.apply(service, server.postmasterPid());
		if (copiedFromSharedCluster) {
			SharedClusterSplit.dropOtherServicesDatabases(service, server);
		}
	}

	/**
	 * What each service needs to find the shared infrastructure (Spring Boot relaxed
	 * binding).
	 */
	Map<String, String> environment(Service service) {
		Map<String, String> env = new LinkedHashMap<>();
		env.put("SERVER_PORT", String.valueOf(this.options.port(service)));
		env.put("SPRING_DATASOURCE_URL",
				"jdbc:postgresql://localhost:" + this.options.postgresPort(service) + "/" + service.database());
		env.put("SPRING_DATASOURCE_USERNAME", Banner.POSTGRES_USER);
		env.put("SPRING_DATASOURCE_PASSWORD", Banner.POSTGRES_PASSWORD);
		env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", "localhost:" + this.options.kafkaPort());
		// Two partitions for each service's topics, a consumer thread for each: while
		// one batch waits for its commit, the next is worked on (docs/benchmarks.md).
		env.put("SETUPFLOW_KAFKA_TOPICS_PARTITIONS", String.valueOf(KAFKA_PARTITIONS));
		env.put("SPRING_KAFKA_LISTENER_CONCURRENCY", String.valueOf(KAFKA_PARTITIONS));
		env.put("SPRING_MAIL_HOST", "localhost");
		env.put("SPRING_MAIL_PORT", String.valueOf(this.options.smtpPort()));
		env.put("SETUPFLOW_PUBLIC_BASE_URL_PROVISIONING", this.options.url(Service.PROVISIONING));
		env.put("SETUPFLOW_PUBLIC_BASE_URL_ORDER", this.options.url(Service.ORDER));
		if (service.equals(Service.ORDER)) {
			env.put("SETUPFLOW_API_BOOTSTRAP_KEY", LOCAL_API_KEY);
			env.put("SETUPFLOW_REPS_BOOTSTRAP_EMAIL", LOCAL_REP_EMAIL);
			env.put("SETUPFLOW_REPS_BOOTSTRAP_PASSWORD", LOCAL_REP_PASSWORD);
			if (this.options.stallAfter() != null) {
				env.put("SETUPFLOW_TIMERS_STALL_AFTER", this.options.stallAfter());
			}
		}
		return env;
	}

	/** Children first (they use the servers), then Kafka, mail and PostgreSQL. */
	void stop() {
		this.stopping = true;
		say("Stopping...");
		List<ServiceProcess> running;
		synchronized (this.services) {
			running = List.copyOf(this.services);
		}
		running.forEach(ServiceProcess::terminate);
		Instant deadline = Instant.now().plus(STOP_TIMEOUT);
		for (ServiceProcess process : running) {
			if (!process.awaitExit(Duration.between(Instant.now(), deadline))) {
				say(process.service().name() + " did not stop within " + STOP_TIMEOUT.toSeconds() + " s; killing it");
				process.kill();
			}
		}
		if (this.kafka != null) {
			this.kafka.close();
		}
		if (this.mailbox != null) {
			this.mailbox.close();
		}
		if (this.mail != null) {
			this.mail.close();
		}
		synchronized (this.postgres) {
			this.postgres.values().forEach(EmbeddedPostgresServer::close);
		}
		say("Stopped. Data kept in " + relative(this.options.dataDir()));
	}

	private void reportExit(ServiceProcess process) {
		if (!this.stopping) {
			say(process.service().name() + " exited with code " + process.exitCode() + "; see "
					+ relative(process.log()));
		}
	}

	private void checkJars(List<Service> toLaunch) {
		List<String> missing = toLaunch.stream()
			.map((service) -> service.jar(this.options.servicesDir()))
			.filter((jar) -> !Files.isRegularFile(jar))
			.map(Path::toString)
			.toList();
		if (!missing.isEmpty()) {
			throw new StartupException("Missing service jar(s):\n  " + String.join("\n  ", missing)
					+ "\nBuild them first, from the repository root:\n  " + PACKAGE_COMMAND
					+ "\n(or point --services-dir at the repository root, or use --infra-only)");
		}
	}

	private void checkPorts(List<Service> toLaunch) {
		Map<String, Integer> ports = new LinkedHashMap<>();
		for (Service service : Service.ALL) {
			ports.put("PostgreSQL of " + service.name() + " (--postgres-port)", this.options.postgresPort(service));
		}
		ports.put("Kafka (--kafka-port)", this.options.kafkaPort());
		ports.put("SMTP (--smtp-port)", this.options.smtpPort());
		ports.put("IMAP (--imap-port)", this.options.imapPort());
		ports.put("mailbox page (--mailbox-port)", this.options.mailboxPort());
		for (Service service : toLaunch) {
			String option = "--" + service.name().replace("-service", "") + "-port";
			ports.put(service.name() + " (" + option + ")", this.options.port(service));
		}
		List<String> busy = new ArrayList<>();
		ports.forEach((name, port) -> {
			try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
				// Free.
			}
			catch (IOException ex) {
				busy.add("port " + port + " for " + name);
			}
		});
		if (!busy.isEmpty()) {
			throw new StartupException("Already in use: " + String.join(", ", busy)
					+ ".\nIs a local stack already running? Stop it, or choose other ports (see --help).");
		}
	}

	private static String relative(Path path) {
		Path here = Path.of("").toAbsolutePath();
		return path.startsWith(here) ? here.relativize(path).toString() : path.toString();
	}

	private static void say(String message) {
		System.out.println("[local-stack] " + message);
	}

	/** A problem the user can fix, reported without a stack trace. */
	static final class StartupException extends RuntimeException {

		StartupException(String message) {
			super(message);
		}

	}

}
