package com.setupflow.order.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
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
@Import(TestClockConfiguration.class)
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

	/** The types of the events recorded for an order, oldest first. */
	protected java.util.List<String> eventsOf(String orderId) {
		return this.jdbc.sql("select event_type from outbox_event where message_key = ? order by id")
			.param(orderId)
			.query(String.class)
			.list();
	}

	/** Places a valid order starting on {@code start} and returns its id. */
	protected String place(String orderNumber, LocalDate start) {
		HttpApi.Response response = this.api.post("/api/v1/orders", Orders.valid(orderNumber, start));
		org.assertj.core.api.Assertions.assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().path("id").asString();
	}

	protected String statusOf(String orderId) {
		return this.api.get("/api/v1/orders/" + orderId).json().path("status").asString();
	}

}
