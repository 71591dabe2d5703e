package com.setupflow.order.order.web;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import com.setupflow.order.support.HttpApi.Response;
import com.setupflow.order.support.OrderServiceTest;
import com.setupflow.order.support.WizardReports;
import com.setupflow.order.timer.TimerSweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "Order installed" is the point of no return: from then on the commerce system can no
 * longer change the contact or the start date, nor cancel the order here; each refusal is
 * a 409 naming the rule and writes nothing. The setup email can still be resent until the
 * order is active.
 */
class InstalledOrderRulesTests extends OrderServiceTest {

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	@Autowired
	private TimerSweep sweep;

	@Test
	void refusesToChangeTheContactOfAnInstalledOrderWith409NamingTheRule() {
		String id = orderIn("INSTALLED", "CCW-I-001");
		Written before = written(id);

		Response response = this.api.put("/api/v1/orders/" + id + "/deployment-contact",
				"{\"email\": \"it-lead@acme.example\"}");

		assertThat(response.status()).isEqualTo(409);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().path("title").asString()).isEqualTo("Not allowed in this state");
		assertThat(response.json().path("detail").asString())
			.isEqualTo("Order CCW-I-001 is installed; its deployment contact can no longer change.");
		assertThat(response.errorFields()).containsExactly("status");
		assertThat(response.errorRules()).containsExactly("order-installed");
		assertThat(this.api.get("/api/v1/orders/" + id).json().path("deploymentContactEmail").asString())
			.isEqualTo("deploy@acme.example");
		assertThat(written(id)).isEqualTo(before);
	}

	@Test
	void refusesToChangeTheContactOfAnActiveOrderToo() {
		String id = orderIn("ACTIVE", "CCW-I-002");
		Written before = written(id);

		Response response = this.api.put("/api/v1/orders/" + id + "/deployment-contact",
				"{\"email\": \"it-lead@acme.example\"}");

		assertThat(response.status()).isEqualTo(409);
		assertThat(response.errorRules()).containsExactly("order-installed");
		assertThat(written(id)).isEqualTo(before);
	}

	@Test
	void refusesToCancelAnInstalledOrderWhichIsCancelledThroughItsSubscription() {
		String id = orderIn("INSTALLED", "CCW-I-003");
		Written before = written(id);

		Response response = this.api.post("/api/v1/orders/" + id + "/cancel", "{\"reason\": \"customer withdrew\"}");

		assertThat(response.status()).isEqualTo(409);
		assertThat(response.json().path("detail").asString())
			.isEqualTo("Order CCW-I-003 is installed; installed orders are cancelled through their subscription.");
		assertThat(response.errorRules()).containsExactly("order-installed");
		assertThat(statusOf(id)).isEqualTo("INSTALLED");
		assertThat(written(id)).isEqualTo(before);
	}

	@Test
	void refusesToMoveTheStartDateOfAnInstalledOrder() {
		String id = orderIn("INSTALLED", "CCW-I-004");
		Written before = written(id);

		Response response = this.api.put("/api/v1/orders/" + id + "/requested-start-date",
				"{\"requestedStartDate\": \"" + TODAY.plusDays(5) + "\"}");

		assertThat(response.status()).isEqualTo(409);
		assertThat(response.errorRules()).containsExactly("order-installed");
		assertThat(response.json().path("detail").asString()).contains("is installed");
		assertThat(written(id)).isEqualTo(before);
	}

	@Test
	void resendsTheSetupEmailOfAnInstalledOrderUntilItIsActive() {
		String id = orderIn("INSTALLED", "CCW-I-005");

		Response installed = this.api.post("/api/v1/orders/" + id + "/resend-setup-email", null);
		WizardReports.deployed(id, NOW.plusSeconds(600));
		await().atMost(PATIENCE).until(() -> statusOf(id).equals("ACTIVE"));
		Written before = written(id);
		Response active = this.api.post("/api/v1/orders/" + id + "/resend-setup-email", null);

		assertThat(installed.status()).as(installed.body()).isEqualTo(200);
		assertThat(active.status()).isEqualTo(409);
		assertThat(active.errorRules()).containsExactly("order-active");
		assertThat(active.json().path("detail").asString())
			.isEqualTo("Order CCW-I-005 is active; its services are deployed, so there is no setup to resend.");
		assertThat(eventsOf(id)).containsExactly("OrderPlaced", "SetupDue", "SetupResendRequested");
		assertThat(written(id)).isEqualTo(before);
	}

	@Test
	void namesTheRuleOfEveryRefusalByStatus() {
		String id = place("CCW-I-006", TODAY.plusDays(1));

		Response early = this.api.post("/api/v1/orders/" + id + "/resend-setup-email", null);
		this.api.post("/api/v1/orders/" + id + "/cancel", null);
		Response cancelled = this.api.put("/api/v1/orders/" + id + "/deployment-contact",
				"{\"email\": \"it-lead@acme.example\"}");

		assertThat(early.errorRules()).containsExactly("order-not-due");
		assertThat(cancelled.errorRules()).containsExactly("order-cancelled");
	}

	/** An order for today, invited, then reported installed (and deployed for ACTIVE). */
	private String orderIn(String status, String orderNumber) {
		String id = place(orderNumber, TODAY);
		await().atMost(PATIENCE).untilAsserted(() -> {
			this.sweep.sweepDue();
			assertThat(statusOf(id)).isEqualTo("INVITED");
		});
		WizardReports.installed(id, NOW.plusSeconds(60));
		if (status.equals("ACTIVE")) {
			WizardReports.deployed(id, NOW.plusSeconds(120));
		}
		await().atMost(PATIENCE).until(() -> statusOf(id).equals(status));
		return id;
	}

	/** What a change would have written: the order's version, events and timeline. */
	private Written written(String id) {
		UUID orderId = UUID.fromString(id);
		return new Written(
				this.jdbc.sql("select version from purchase_order where id = ?")
					.param(orderId)
					.query(Long.class)
					.single(),
				eventsOf(id).size(),
				this.jdbc.sql("select count(*) from order_timeline where order_id = ?")
					.param(orderId)
					.query(Long.class)
					.single());
	}

	private record Written(long version, int events, long timelineEntries) {
	}

}
