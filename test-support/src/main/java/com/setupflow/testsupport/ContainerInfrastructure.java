package com.setupflow.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

import org.apache.kafka.common.utils.AppInfoParser;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Opt-in ({@code -Dsetupflow.test.infra=testcontainers}): PostgreSQL and Kafka in Docker
 * containers, for machines that have a Docker engine. The Kafka image follows the version
 * of kafka-clients unless {@code setupflow.test.kafka-image} says otherwise.
 */
final class ContainerInfrastructure implements Infrastructure {

	private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

	private final PostgreSQLContainer postgres;

	private final KafkaContainer kafka;

	private ContainerInfrastructure(PostgreSQLContainer postgres, KafkaContainer kafka) {
		this.postgres = postgres;
		this.kafka = kafka;
	}

	static ContainerInfrastructure start() {
		PostgreSQLContainer postgres = new PostgreSQLContainer(
				System.getProperty("setupflow.test.postgres-image", "postgres:17-alpine"))
			.withCommand("postgres", "-c", "max_connections=300");
		KafkaContainer kafka = new KafkaContainer(
				System.getProperty("setupflow.test.kafka-image", "apache/kafka:" + AppInfoParser.getVersion()));
		postgres.start();
		kafka.start();
		return new ContainerInfrastructure(postgres, kafka);
	}

	@Override
	public String kafkaBootstrapServers() {
		return this.kafka.getBootstrapServers();
	}

	@Override
	public void createDatabaseIfAbsent(String database) {
		if (!DATABASE_NAME.matcher(database).matches()) {
			throw new IllegalArgumentException("Not a plain lower-case database name: " + database);
		}
		try (Connection connection = DriverManager.getConnection(this.postgres.getJdbcUrl(), username(), password());
				Statement sql = connection.createStatement()) {
			sql.execute("CREATE DATABASE " + database);
		}
		catch (SQLException ex) {
			// 42P04 duplicate_database: it exists already, which is what we want.
			if (!"42P04".equals(ex.getSQLState())) {
				throw new IllegalStateException("Cannot create database " + database, ex);
			}
		}
	}

	@Override
	public String jdbcUrl(String database) {
		return "jdbc:postgresql://" + this.postgres.getHost() + ":" + this.postgres.getMappedPort(5432) + "/"
				+ database;
	}

	@Override
	public String username() {
		return this.postgres.getUsername();
	}

	@Override
	public String password() {
		return this.postgres.getPassword();
	}

	@Override
	public void close() {
		this.kafka.stop();
		this.postgres.stop();
	}

}
