package com.setupflow.order.order.web;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.setupflow.order.support.HttpApi.Response;
import com.setupflow.order.support.OrderServiceTest;
import com.setupflow.order.support.Orders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading orders back, cancelling them and changing their contact.
 */
class OrderQueryAndChangeTests extends OrderServiceTest {

	@BeforeEach
	void noOrdersYet() {
		this.jdbc.sql("truncate purchase_order cascade").update();
		this.jdbc.sql("truncate outbox_event").update();
	}

	@Test
	void answersUnknownOrderWith404Problem() {
		Response response = this.api.get("/api/v1/orders/" + UUID.randomUUID());

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.json().path("title").asString()).isEqualTo("Not found");
	}

	@Test
	void answersMalformedOrderIdWith400NamingTheParameter() {
		Response response = this.api.get("/api/v1/orders/not-a-uuid");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.errorFields()).containsExactly("id");
	}

	@Test
	void listsOrdersByPartnerAndStatusNewestFirstInPages() {
		String first = place("CCW-400001", "P-1");
		place("CCW-400002", "P-1");
		String third = place("CCW-400003", "P-1");
		place("CCW-400004", "P-2");
		this.api.post("/api/v1/orders/" + first + "/cancel", "{\"reason\": \"duplicate\"}");

		Response partnerOne = this.api.get("/api/v1/orders?partnerId=P-1");
		Response cancelled = this.api.get("/api/v1/orders?partnerId=P-1&status=CANCELLED");
		Response secondPage = this.api.get("/api/v1/orders?partnerId=P-1&size=2&page=1");

		assertThat(partnerOne.json().path("totalItems").asInt()).isEqualTo(3);
		assertThat(partnerOne.json().path("items").get(0).path("id").asString()).isEqualTo(third);
		assertThat(cancelled.json().path("totalItems").asInt()).isEqualTo(1);
		assertThat(cancelled.json().path("items").get(0).path("id").asString()).isEqualTo(first);
		assertThat(secondPage.json().path("items").size()).isEqualTo(1);
		assertThat(secondPage.json().path("totalPages").asInt()).isEqualTo(2);
	}

	@Test
	void rejectsUnknownStatusAndPageSizeOutOfRange() {
		assertThat(this.api.get("/api/v1/orders?status=LOST").errorFields()).containsExactly("status");
		assertThat(this.api.get("/api/v1/orders?size=0").errorFields()).containsExactly("size");
		assertThat(this.api.get("/api/v1/orders?size=101").status()).isEqualTo(400);
	}

	@Test
	void cancelsOnceAndSaysSoAgainWithoutAnotherEvent() {
		String id = place("CCW-400005", "P-1");

		Response cancelled = this.api.post("/api/v1/orders/" + id + "/cancel", "{\"reason\": \"customer withdrew\"}");
		Response again = this.api.post("/api/v1/orders/" + id + "/cancel", null);

		assertThat(cancelled.status()).isEqualTo(200);
		assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");
		assertThat(cancelled.json().path("cancellationReason").asString()).isEqualTo("customer withdrew");
		assertThat(again.status()).isEqualTo(200);
		assertThat(outboxTypes()).containsExactly("OrderPlaced", "OrderCancelled");
	}

	@Test
	void changesTheDeploymentContact() {
		String id = place("CCW-400006", "P-1");

		Response changed = this.api.put("/api/v1/orders/" + id + "/deployment-contact",
				"{\"email\": \"it-lead@acme.example\"}");

		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(changed.json().path("deploymentContactEmail").asString()).isEqualTo("it-lead@acme.example");
		assertThat(outboxTypes()).containsExactly("OrderPlaced", "DeploymentContactChanged");
	}

	@Test
	void refusesAnInvalidContactEmailAndChangesNothing() {
		String id = place("CCW-400007", "P-1");

		Response response = this.api.put("/api/v1/orders/" + id + "/deployment-contact", "{\"email\": \"nobody\"}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.errorFields()).containsExactly("email");
		assertThat(outboxTypes()).containsExactly("OrderPlaced");
	}

	@Test
	void refusesToChangeTheContactOfACancelledOrderWith409() {
		String id = place("CCW-400008", "P-1");
		this.api.post("/api/v1/orders/" + id + "/cancel", null);

		Response response = this.api.put("/api/v1/orders/" + id + "/deployment-contact",
				"{\"email\": \"it-lead@acme.example\"}");

		assertThat(response.status()).isEqualTo(409);
		assertThat(this.api.get("/api/v1/orders/" + id).json().path("deploymentContactEmail").asString())
			.isEqualTo("deploy@acme.example");
		assertThat(outboxTypes()).containsExactly("OrderPlaced", "OrderCancelled");
	}

	@Test
	void answersCancelOfUnknownOrderWith404() {
		assertThat(this.api.post("/api/v1/orders/" + UUID.randomUUID() + "/cancel", null).status()).isEqualTo(404);
	}

	private String place(String orderNumber, String partnerId) {
		// Each order a second later, so "newest first" has one answer.
		this.clock.advance(java.time.Duration.ofSeconds(1));
		Response response = this.api.post("/api/v1/orders",
				Orders.valid(orderNumber, TODAY.plusDays(1)).replace("P-1001", partnerId));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().path("id").asString();
	}

	private java.util.List<String> outboxTypes() {
		return this.jdbc.sql("select event_type from outbox_event order by id").query(String.class).list();
	}

}
