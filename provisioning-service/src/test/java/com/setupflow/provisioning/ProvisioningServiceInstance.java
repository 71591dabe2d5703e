package com.setupflow.provisioning;

import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.setupflow.testsupport.MutableClock;
import com.setupflow.testsupport.SharedInfrastructure;

/**
 * A whole provisioning service started and stopped by a test, as an operator would: for
 * restart and several-instance tests. Instances given the same database share their
 * state; each database has its own consumer group, apart from the other tests'
 * application.
 */
public final class ProvisioningServiceInstance implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private ProvisioningServiceInstance(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/** Starts an instance on {@code database}, reading time from {@code clock}. */
	public static ProvisioningServiceInstance start(String database, MutableClock clock) {
		Map<String, Object> properties = Map.of("spring.datasource.url", SharedInfrastructure.jdbcUrl(database),
				"spring.datasource.username", SharedInfrastructure.postgresUsername(), "spring.datasource.password",
				SharedInfrastructure.postgresPassword(), "spring.kafka.bootstrap-servers",
				SharedInfrastructure.kafkaBootstrapServers(), "server.port", "0", "spring.kafka.consumer.group-id",
				"provisioning-service-" + database,
				// Other tests' orders are none of this instance's business.
				"spring.kafka.consumer.auto-offset-reset", "latest", "setupflow.trials.sweep-interval", "200ms");
		// As command-line arguments: they override application.yaml, as an operator's
		// would.
		String[] arguments = properties.entrySet()
			.stream()
			.map((property) -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(ProvisioningApplication.class)
			.initializers((GenericApplicationContext app) -> app.registerBean("testClock", MutableClock.class,
					() -> clock, (definition) -> definition.setPrimary(true)))
			.run(arguments);
		return new ProvisioningServiceInstance(context);
	}

	public <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	/** The database of {@code database}, for checks made while no instance runs. */
	public static JdbcClient jdbc(String database) {
		return JdbcClient.create(SharedInfrastructure.dataSource(database));
	}

	@Override
	public void close() {
		this.context.close();
	}

}
