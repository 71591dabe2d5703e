package com.setupflow.order.support;

import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

import com.setupflow.order.OrderServiceApplication;
import com.setupflow.testsupport.MutableClock;
import com.setupflow.testsupport.SharedInfrastructure;

/**
 * A whole order service started and stopped by a test, as an operator would: for restart
 * and several-instance tests. Instances given the same database form one cluster (and one
 * consumer group, apart from the other tests' application).
 */
public final class OrderServiceInstance implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private OrderServiceInstance(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/** Starts an instance on {@code database}, reading time from {@code clock}. */
	public static OrderServiceInstance start(String database, MutableClock clock) {
		Map<String, Object> properties = Map.of("spring.datasource.url", SharedInfrastructure.jdbcUrl(database),
				"spring.datasource.username", SharedInfrastructure.postgresUsername(), "spring.datasource.password",
				SharedInfrastructure.postgresPassword(), "spring.kafka.bootstrap-servers",
				SharedInfrastructure.kafkaBootstrapServers(), "server.port", "0", "setupflow.api.bootstrap-key",
				OrderServiceTest.API_KEY, "spring.kafka.consumer.group-id", "order-service-" + database);
		// As command-line arguments: they override application.yaml, as an operator's
		// would.
		String[] arguments = properties.entrySet()
			.stream()
			.map((property) -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(OrderServiceApplication.class)
			.initializers((GenericApplicationContext app) -> app.registerBean("testClock", MutableClock.class,
					() -> clock, (definition) -> definition.setPrimary(true)))
			.run(arguments);
		return new OrderServiceInstance(context);
	}

	public <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	public HttpApi api() {
		return new HttpApi(Integer.parseInt(this.context.getEnvironment().getProperty("local.server.port")),
				OrderServiceTest.API_KEY);
	}

	@Override
	public void close() {
		this.context.close();
	}

}
