package com.setupflow.testsupport;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import com.setupflow.embedded.EmbeddedKafkaBroker;
import com.setupflow.embedded.EmbeddedPostgresServer;
import com.setupflow.embedded.MailServer;
import org.postgresql.ds.PGSimpleDataSource;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One PostgreSQL, one Kafka broker and one mail server per test JVM, started on first use
 * and stopped when the JVM exits. Every test class of a module shares them (the build
 * runs one JVM per module), so each server starts once.
 *
 * <p>
 * Typical use in a Spring Boot test: <pre class="code">
 * &#64;DynamicPropertySource
 * static void infrastructure(DynamicPropertyRegistry registry) {
 *     SharedInfrastructure.register(registry, "orders");
 * }
 * </pre>
 *
 * <p>
 * By default the servers run in-process from Maven Central artifacts and need no Docker.
 * With {@code -Dsetupflow.test.infra=testcontainers}, PostgreSQL and Kafka run in
 * containers instead (the mail server stays in-process); {@link #kafka()} and
 * {@link #postgres()}, which exist for restart tests, are then unavailable.
 */
public final class SharedInfrastructure {

	/**
	 * System property choosing the implementation: {@code embedded} (default) or
	 * {@code testcontainers}.
	 */
	public static final String INFRA_PROPERTY = "setupflow.test.infra";

	private static volatile Started started;

	private static final Set<String> createdDatabases = ConcurrentHashMap.newKeySet();

	private SharedInfrastructure() {
	}

	/**
	 * Creates {@code database} if absent and points the Spring Boot data source, Kafka
	 * and mail properties at the shared servers.
	 * @param registry the registry of a {@code @DynamicPropertySource} method
	 * @param database the database the service under test owns, such as {@code orders}
	 */
	public static void register(DynamicPropertyRegistry registry, String database) {
		String jdbcUrl = jdbcUrl(database);
		Infrastructure infrastructure = started().infrastructure();
		registry.add("spring.datasource.url", () -> jdbcUrl);
		registry.add("spring.datasource.username", infrastructure::username);
		registry.add("spring.datasource.password", infrastructure::password);
		registry.add("spring.kafka.bootstrap-servers", infrastructure::kafkaBootstrapServers);
		registry.add("spring.mail.host", () -> mail().host());
		registry.add("spring.mail.port", () -> mail().smtpPort());
	}

	/** The database user, for tests that start an application by hand. */
	public static String postgresUsername() {
		return started().infrastructure().username();
	}

	/** The database password, for tests that start an application by hand. */
	public static String postgresPassword() {
		return started().infrastructure().password();
	}

	public static String kafkaBootstrapServers() {
		return started().infrastructure().kafkaBootstrapServers();
	}

	/**
	 * The JDBC URL of {@code database}, which is created if absent.
	 * @param database a lower-case database name
	 * @return the JDBC URL
	 */
	public static String jdbcUrl(String database) {
		Infrastructure infrastructure = started().infrastructure();
		if (!createdDatabases.contains(database)) {
			infrastructure.createDatabaseIfAbsent(database);
			createdDatabases.add(database);
		}
		return infrastructure.jdbcUrl(database);
	}

	/**
	 * A plain, non-pooled data source on {@code database} (created if absent), for test
	 * setup and assertions.
	 * @param database a lower-case database name
	 * @return a data source
	 */
	public static DataSource dataSource(String database) {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setUrl(jdbcUrl(database));
		dataSource.setUser(started().infrastructure().username());
		dataSource.setPassword(started().infrastructure().password());
		return dataSource;
	}

	public static MailServer mail() {
		return started().mail();
	}

	/**
	 * The in-process broker, for tests that stop or restart it.
	 * @return the broker
	 * @throws IllegalStateException when the containers are in use
	 */
	public static EmbeddedKafkaBroker kafka() {
		return embedded().kafka();
	}

	/**
	 * The PostgreSQL server, for tests that stop or restart it.
	 * @return the server
	 * @throws IllegalStateException when the containers are in use
	 */
	public static EmbeddedPostgresServer postgres() {
		return embedded().postgres();
	}

	/**
	 * Whether the in-process servers are in use (restart tests may assume it).
	 * @return {@code false} when Testcontainers was chosen
	 */
	public static boolean isEmbedded() {
		return !useContainers();
	}

	private static EmbeddedInfrastructure embedded() {
		if (started().infrastructure() instanceof EmbeddedInfrastructure embedded) {
			return embedded;
		}
		throw new IllegalStateException("Restarting servers needs the embedded infrastructure, but " + INFRA_PROPERTY
				+ "=" + System.getProperty(INFRA_PROPERTY));
	}

	private static Started started() {
		Started current = started;
		if (current == null) {
			synchronized (SharedInfrastructure.class) {
				current = started;
				if (current == null) {
					current = start();
					started = current;
				}
			}
		}
		return current;
	}

	private static Started start() {
		MailServer mail = MailServer.startTemporary();
		Infrastructure infrastructure = useContainers() ? ContainerInfrastructure.start()
				: EmbeddedInfrastructure.start();
		Started current = new Started(infrastructure, mail);
		Thread hook = new Thread(current::stop, "setupflow-test-infrastructure-shutdown");
		Runtime.getRuntime().addShutdownHook(hook);
		return current;
	}

	private static boolean useContainers() {
		return "testcontainers".equalsIgnoreCase(System.getProperty(INFRA_PROPERTY, "embedded").trim());
	}

	private record Started(Infrastructure infrastructure, MailServer mail) {

		/**
		 * Runs at JVM exit, alongside the hooks that close the Spring test contexts.
		 * Those contexts' Kafka clients wait up to 30 s for a broker that is gone, so the
		 * servers outlive them: wait (bounded) for Spring's hooks first.
		 */
		void stop() {
			for (Thread thread : Thread.getAllStackTraces().keySet()) {
				if (thread != Thread.currentThread() && thread.getName().startsWith("Spring")
						&& thread.getName().endsWith("ShutdownHook")) {
					try {
						thread.join(30_000);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				}
			}
			this.mail.close();
			this.infrastructure.close();
		}

	}

}
