package com.setupflow.order.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.setupflow.testsupport.MutableClock;
import com.setupflow.testsupport.SharedInfrastructure;

/**
 * Base of the order service's integration tests: the real application on a random port,
 * against the shared real PostgreSQL and Kafka broker, with a clock the test controls.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "setupflow.api.bootstrap-key=" + OrderServiceTest.API_KEY)
@Import(OrderServiceTest.TestClock.class)
public abstract class OrderServiceTest {

	public static final String API_KEY = "sf_test_6c1e0f4b9a7d4e2f8b3c5a1d0e9f7b6a";

	/** 09:00 UTC: 10:00 in Paris, the same calendar day everywhere in Europe. */
	public static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");

	public static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected MutableClock clock;

	protected HttpApi api;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		SharedInfrastructure.register(registry, "orders_test");
	}

	@BeforeEach
	void resetClockAndClient() {
		this.clock.set(NOW);
		this.api = new HttpApi(this.port, API_KEY);
	}

	protected long orderRows() {
		return this.jdbc.sql("select count(*) from purchase_order").query(Long.class).single();
	}

	protected long outboxRows() {
		return this.jdbc.sql("select count(*) from outbox_event").query(Long.class).single();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class TestClock {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(NOW);
		}

	}

}
