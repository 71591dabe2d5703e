package com.setupflow.order.order.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import com.setupflow.order.support.HttpApi.Response;
import com.setupflow.order.support.OrderServiceTest;
import com.setupflow.order.support.Orders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intake is idempotent on the commerce system's order number.
 */
class OrderIntakeIdempotencyTests extends OrderServiceTest {

	@BeforeEach
	void noOrdersYet() {
		this.jdbc.sql("truncate purchase_order cascade").update();
		this.jdbc.sql("truncate outbox_event").update();
	}

	@Test
	void createsTheOrderWith201AndLocation() {
		Response created = this.api.post("/api/v1/orders", Orders.valid("CCW-300001", TODAY.plusDays(3)));

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().path("id").asString();
		assertThat(created.header("Location")).isEqualTo("/api/v1/orders/" + id);
		assertThat(created.json().path("status").asString()).isEqualTo("RECEIVED");
		assertThat(created.json().path("orderNumber").asString()).isEqualTo("CCW-300001");
		assertThat(created.json().path("partner").path("name").asString()).isEqualTo("Acme Networks");
		assertThat(created.json().path("customer").path("name").asString()).isEqualTo("Globex SA");
		assertThat(created.json().path("items").get(0).path("quantity").asInt()).isEqualTo(250);
		assertThat(created.json().path("requestedStartDate").asString()).isEqualTo(TODAY.plusDays(3).toString());
		assertThat(created.json().path("timeZone").asString()).isEqualTo("Europe/Paris");
		JsonNode read = this.api.get("/api/v1/orders/" + id).json();
		assertThat(read.path("orderNumber")).isEqualTo(created.json().path("orderNumber"));
		assertThat(read.path("items")).isEqualTo(created.json().path("items"));
		assertThat(read.path("timeline").get(0).path("kind").asString()).isEqualTo("RECEIVED");
	}

	@Test
	void defaultsTheTimeZoneToUtcAndTheCustomerToNone() {
		String body = Orders.valid("CCW-300002", TODAY)
			.replace("\"customer\": {\"name\": \"Globex SA\"},", "")
			.replace("\"timeZone\": \"Europe/Paris\",", "");

		Response created = this.api.post("/api/v1/orders", body);

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().path("timeZone").asString()).isEqualTo("UTC");
		assertThat(created.json().path("customer").isNull()).isTrue();
	}

	@Test
	void takesTheLanguageFromTheOrderElseFromThePartnersLatestOrderElseEnglish() {
		String first = Orders.valid("CCW-300010", TODAY).replace("\"timeZone\"", "\"locale\": \"fr\", \"timeZone\"");
		String second = Orders.valid("CCW-300011", TODAY);
		String otherPartner = Orders.valid("CCW-300012", TODAY).replace("P-1001", "P-2002");

		assertThat(this.api.post("/api/v1/orders", first).json().path("locale").asString()).isEqualTo("fr");
		assertThat(this.api.post("/api/v1/orders", second).json().path("locale").asString()).isEqualTo("fr");
		assertThat(this.api.post("/api/v1/orders", otherPartner).json().path("locale").asString()).isEqualTo("en");
	}

	@Test
	void returnsTheSameOrderWith200WhenTheSameRequestComesAgain() {
		String body = Orders.valid("CCW-300003", TODAY.plusDays(1));

		Response first = this.api.post("/api/v1/orders", body);
		Response again = this.api.post("/api/v1/orders", body);

		assertThat(first.status()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json()).isEqualTo(first.json());
		assertThat(orderRows()).isEqualTo(1);
		assertThat(outboxRows()).as("one OrderPlaced only").isEqualTo(1);
	}

	@Test
	void refusesTheSameOrderNumberWithADifferentBodyWith409AndChangesNothing() {
		String body = Orders.valid("CCW-300004", TODAY.plusDays(1));
		Response first = this.api.post("/api/v1/orders", body);

		Response conflict = this.api.post("/api/v1/orders", body.replace("250", "251"));

		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.errorFields()).containsExactly("orderNumber");
		assertThat(conflict.errorRules()).containsExactly("unique");
		assertThat(orderRows()).isEqualTo(1);
		assertThat(outboxRows()).isEqualTo(1);
		assertThat(this.api.get("/api/v1/orders/" + first.json().path("id").asString())
			.json()
			.path("items")
			.get(0)
			.path("quantity")
			.asInt()).isEqualTo(250);
	}

	@Test
	void fiftyConcurrentIdenticalPostsMakeOneOrderAndAllAgree() throws Exception {
		String body = Orders.valid("CCW-300005", TODAY.plusDays(2));
		int callers = 50;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(callers);
		List<Future<Response>> calls = new ArrayList<>();
		try {
			for (int i = 0; i < callers; i++) {
				calls.add(pool.submit(() -> {
					start.await();
					return this.api.post("/api/v1/orders", body);
				}));
			}
			start.countDown();
			List<Response> responses = new ArrayList<>();
			for (Future<Response> call : calls) {
				responses.add(call.get(60, TimeUnit.SECONDS));
			}

			assertThat(responses).extracting(Response::status).containsOnly(200, 201);
			assertThat(responses).filteredOn((response) -> response.status() == 201).hasSize(1);
			assertThat(responses).extracting((response) -> response.json().path("id").asString())
				.containsOnly(responses.get(0).json().path("id").asString());
			assertThat(orderRows()).isEqualTo(1);
			assertThat(outboxRows()).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

}
