package com.setupflow.testsupport;

import java.util.concurrent.CompletableFuture;

import com.setupflow.embedded.EmbeddedKafkaBroker;
import com.setupflow.embedded.EmbeddedPostgresServer;

/**
 * The default: in-process Kafka and a child PostgreSQL process, on temporary directories.
 */
final class EmbeddedInfrastructure implements Infrastructure {

	private final EmbeddedPostgresServer postgres;

	private final EmbeddedKafkaBroker kafka;

	private EmbeddedInfrastructure(EmbeddedPostgresServer postgres, EmbeddedKafkaBroker kafka) {
		this.postgres = postgres;
		this.kafka = kafka;
	}

	/**
	 * Both servers start in parallel: a few seconds each, and tests wait for the slower
	 * one.
	 */
	static EmbeddedInfrastructure start() {
		CompletableFuture<EmbeddedPostgresServer> postgres = CompletableFuture
			.supplyAsync(EmbeddedPostgresServer::startTemporary);
		EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.startTemporary();
		return new EmbeddedInfrastructure(postgres.join(), kafka);
	}

	EmbeddedPostgresServer postgres() {
		return this.postgres;
	}

	EmbeddedKafkaBroker kafka() {
		return this.kafka;
	}

	@Override
	public String kafkaBootstrapServers() {
		return this.kafka.bootstrapServers();
	}

	@Override
	public void createDatabaseIfAbsent(String database) {
		this.postgres.createDatabaseIfAbsent(database);
	}

	@Override
	public String jdbcUrl(String database) {
		return this.postgres.jdbcUrl(database);
	}

	@Override
	public String username() {
		return this.postgres.username();
	}

	@Override
	public String password() {
		return this.postgres.password();
	}

	@Override
	public void close() {
		this.kafka.close();
		this.postgres.close();
	}

}
