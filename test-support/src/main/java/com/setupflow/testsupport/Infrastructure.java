package com.setupflow.testsupport;

/**
 * PostgreSQL and Kafka for one test JVM, either in-process (the default) or in Docker
 * containers (opt-in).
 */
interface Infrastructure extends AutoCloseable {

	String kafkaBootstrapServers();

	void createDatabaseIfAbsent(String database);

	String jdbcUrl(String database);

	String username();

	String password();

	@Override
	void close();

}
