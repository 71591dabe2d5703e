package com.setupflow.order;

import org.junit.jupiter.api.Test;

import com.setupflow.order.support.HttpApi.Response;
import com.setupflow.order.support.OrderServiceTest;
import com.setupflow.order.support.Orders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operators and API users read without an API key: health probes, metrics, the
 * OpenAPI document.
 */
class OperationsEndpointsTests extends OrderServiceTest {

	@Test
	void servesLivenessAndReadinessWithoutAKey() {
		assertThat(anonymousGet("/actuator/health/liveness").json().path("status").asString()).isEqualTo("UP");
		assertThat(anonymousGet("/actuator/health/readiness").json().path("status").asString()).isEqualTo("UP");
	}

	@Test
	void countsReceivedOrdersOnThePrometheusEndpoint() {
		double before = ordersReceived();
		this.api.post("/api/v1/orders", Orders.valid("CCW-OPS-" + System.nanoTime(), TODAY.plusDays(1)));

		assertThat(ordersReceived()).isEqualTo(before + 1);
	}

	@Test
	void servesTheOpenApiDocumentDescribingTheOrderApi() {
		Response document = anonymousGet("/v3/api-docs");

		assertThat(document.status()).isEqualTo(200);
		assertThat(document.json().path("paths").has("/api/v1/orders")).isTrue();
		assertThat(document.json().path("paths").has("/api/v1/orders/{id}/cancel")).isTrue();
		assertThat(anonymousGet("/swagger-ui/index.html").status()).isEqualTo(200);
	}

	@Test
	void keepsEverythingElseClosed() {
		assertThat(anonymousGet("/actuator/env").status()).isIn(401, 403);
		assertThat(anonymousGet("/api/v1/orders").status()).isEqualTo(401);
	}

	private Response anonymousGet(String path) {
		return this.api.send("GET", path, null, null, null);
	}

	private double ordersReceived() {
		String metrics = anonymousGet("/actuator/prometheus").body();
		return metrics.lines()
			.filter((line) -> line.startsWith("setupflow_orders_received_total"))
			.mapToDouble((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no setupflow_orders_received_total in\n" + metrics));
	}

}
