package com.setupflow.order.order.web;

import org.junit.jupiter.api.Test;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import com.setupflow.order.support.HttpApi.Response;
import com.setupflow.order.support.OrderServiceTest;
import com.setupflow.order.support.Orders;
import com.setupflow.testsupport.SharedInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request never holds two pooled connections at once: under load, requests holding one
 * and waiting for a second would exhaust the pool and wait on each other until they time
 * out (seen with 50 concurrent identical orders). With a pool of one connection and
 * nothing else using it, each step must still succeed.
 */
@TestPropertySource(properties = { "spring.datasource.hikari.maximum-pool-size=1",
		"spring.datasource.hikari.connection-timeout=3000", "setupflow.outbox.enabled=false",
		"spring.quartz.auto-startup=false", "spring.kafka.listener.auto-startup=false" })
class OneConnectionPerRequestTests extends OrderServiceTest {

	/** Flyway holds a lock connection while it migrates: give it its own. */
	@DynamicPropertySource
	static void flywayOnItsOwnConnections(DynamicPropertyRegistry registry) {
		registry.add("spring.flyway.url", () -> SharedInfrastructure.jdbcUrl("orders_test"));
		registry.add("spring.flyway.user", SharedInfrastructure::postgresUsername);
		registry.add("spring.flyway.password", SharedInfrastructure::postgresPassword);
	}

	@Test
	void placesReplaysAndReadsAnOrderWithItsItemsOnOneConnection() {
		String body = Orders.valid("CCW-ONE-" + System.nanoTime(), TODAY.plusDays(1));

		Response placed = this.api.post("/api/v1/orders", body);
		Response replayed = this.api.post("/api/v1/orders", body);
		Response read = this.api.get("/api/v1/orders/" + placed.json().path("id").asString());
		Response listed = this.api.get("/api/v1/orders?partnerId=P-1001");

		assertThat(placed.status()).as(placed.body()).isEqualTo(201);
		assertThat(replayed.status()).as(replayed.body()).isEqualTo(200);
		assertThat(read.status()).as(read.body()).isEqualTo(200);
		assertThat(read.json().path("items").get(0).path("sku").asString()).isEqualTo("A-WX");
		assertThat(listed.status()).as(listed.body()).isEqualTo(200);
	}

}
