package com.setupflow.provisioning.orderstream;

import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.client.RestTestClient;

import com.setupflow.events.Topics;
import com.setupflow.provisioning.ProvisioningIntegrationTest;
import com.setupflow.provisioning.TestOrderEvent;
import com.setupflow.testsupport.KafkaTestConsumer;

import static com.setupflow.provisioning.TestOrderEvent.FIXTURE_ORDER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class OrderEventsConsumerTests extends ProvisioningIntegrationTest {

	private static final Duration BOUND = Duration.ofSeconds(30);

	@Test
	void opensACaseFromThePinnedOrderPlacedFixture() {
		publish(TestOrderEvent.pinned("OrderPlaced"));

		await().atMost(BOUND).untilAsserted(() -> caseOf(FIXTURE_ORDER_ID).expectStatus().isOk());
		caseOf(FIXTURE_ORDER_ID).expectBody()
			.jsonPath("$.orderId")
			.isEqualTo(FIXTURE_ORDER_ID.toString())
			.jsonPath("$.orderNumber")
			.isEqualTo("CCW-100234")
			.jsonPath("$.status")
			.isEqualTo("AWAITING_SETUP")
			.jsonPath("$.partner.id")
			.isEqualTo("P-1001")
			.jsonPath("$.partner.name")
			.isEqualTo("Acme Networks")
			.jsonPath("$.customerName")
			.isEqualTo("Globex SA")
			.jsonPath("$.items[0].sku")
			.isEqualTo("A-WX")
			.jsonPath("$.items[0].quantity")
			.isEqualTo(250)
			.jsonPath("$.requestedStartDate")
			.isEqualTo("2026-12-01")
			.jsonPath("$.timeZone")
			.isEqualTo("Europe/Paris")
			.jsonPath("$.deploymentContactEmail")
			.isEqualTo("deploy@acme.example")
			.jsonPath("$.accountRepEmail")
			.isEqualTo("rep@vendor.example")
			.jsonPath("$.locale")
			.isEqualTo("fr")
			.jsonPath("$.links.issuedCount")
			.isEqualTo(0)
			.jsonPath("$.createdAt")
			.exists()
			.jsonPath("$.updatedAt")
			.exists();
	}

	@Test
	void createsOneCaseWhenOrderPlacedIsRedelivered() {
		UUID orderId = UUID.randomUUID();
		TestOrderEvent placed = TestOrderEvent.of("OrderPlaced", orderId);
		TestOrderEvent contactChanged = TestOrderEvent.of("DeploymentContactChanged", orderId);
		// Same contact again: changes nothing, but is recorded, which tells when
		// the consumer has passed the redelivery before it (same key, same
		// partition, in order).
		TestOrderEvent marker = TestOrderEvent.of("DeploymentContactChanged", orderId);

		publish(placed);
		publish(placed);
		publish(contactChanged);
		publish(placed);
		publish(marker);

		await().atMost(BOUND).until(() -> processed(marker));
		assertThat(processedRows(placed.eventId())).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from provisioning_case where order_id = ?")
			.param(orderId)
			.query(Long.class)
			.single()).isEqualTo(1);
		caseOf(orderId).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("AWAITING_SETUP")
			.jsonPath("$.deploymentContactEmail")
			.isEqualTo("it-lead@acme.example");
	}

	@Test
	void ignoresARedeliveredContactChangeThatALaterChangeOvertook() {
		UUID orderId = UUID.randomUUID();
		TestOrderEvent toItLead = TestOrderEvent.of("DeploymentContactChanged", orderId);
		TestOrderEvent toColleague = TestOrderEvent.of("DeploymentContactChanged", orderId)
			.replacing("it-lead@acme.example", "colleague@acme.example");
		// Changes nothing visible (the case exists) but is recorded: the sync point.
		TestOrderEvent marker = TestOrderEvent.of("OrderPlaced", orderId);

		publish(TestOrderEvent.of("OrderPlaced", orderId));
		publish(toItLead);
		publish(toColleague);
		publish(toItLead);
		publish(marker);

		await().atMost(BOUND).until(() -> processed(marker));
		assertThat(processedRows(toItLead.eventId())).isEqualTo(1);
		caseOf(orderId).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.deploymentContactEmail")
			.isEqualTo("colleague@acme.example");
	}

	@Test
	void cancelsTheCaseWhenTheOrderIsCancelled() {
		UUID orderId = UUID.randomUUID();
		publish(TestOrderEvent.of("OrderPlaced", orderId));
		publish(TestOrderEvent.of("OrderCancelled", orderId));

		await().atMost(BOUND)
			.untilAsserted(() -> caseOf(orderId).expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("CANCELLED")
				.jsonPath("$.cancellationReason")
				.isEqualTo("Customer withdrew"));
	}

	@Test
	void keepsACancelledCaseCancelled() {
		UUID orderId = UUID.randomUUID();
		TestOrderEvent placed = TestOrderEvent.of("OrderPlaced", orderId);
		TestOrderEvent placedAgain = placed.withNewEventId();
		publish(placed);
		publish(TestOrderEvent.of("OrderCancelled", orderId));
		publish(TestOrderEvent.of("DeploymentContactChanged", orderId));
		publish(placedAgain);

		await().atMost(BOUND).until(() -> processed(placedAgain));
		caseOf(orderId).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("CANCELLED")
			.jsonPath("$.deploymentContactEmail")
			.isEqualTo("deploy@acme.example");
	}

	@Test
	void changesTheDeploymentContact() {
		UUID orderId = UUID.randomUUID();
		publish(TestOrderEvent.of("OrderPlaced", orderId));
		publish(TestOrderEvent.of("DeploymentContactChanged", orderId)
			.replacing("it-lead@acme.example", "colleague@acme.example"));

		await().atMost(BOUND)
			.untilAsserted(() -> caseOf(orderId).expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.deploymentContactEmail")
				.isEqualTo("colleague@acme.example")
				.jsonPath("$.status")
				.isEqualTo("AWAITING_SETUP"));
	}

	@Test
	void movesTheRequestedStartDate() {
		UUID orderId = UUID.randomUUID();
		publish(TestOrderEvent.of("OrderPlaced", orderId));
		publish(TestOrderEvent.of("RequestedStartDateChanged", orderId));

		await().atMost(BOUND)
			.untilAsserted(() -> caseOf(orderId).expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.requestedStartDate")
				.isEqualTo("2026-12-15"));
	}

	@Test
	void closesTheCaseWhenTheOrderIsClosed() {
		UUID orderId = UUID.randomUUID();
		TestOrderEvent marker = TestOrderEvent.of("OrderStalled", orderId);
		publish(TestOrderEvent.of("OrderPlaced", orderId));
		publish(TestOrderEvent.of("OrderClosed", orderId));
		publish(TestOrderEvent.of("OrderCancelled", orderId));
		publish(marker);

		await().atMost(BOUND).until(() -> processed(marker));
		caseOf(orderId).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("CLOSED")
			.jsonPath("$.cancellationReason")
			.doesNotExist();
	}

	@Test
	void sendsAnUnreadableRecordToTheDeadLetterTopicAndProcessesTheNextEvent() {
		UUID orderId = UUID.randomUUID();
		String unreadable = "not json, order " + orderId;
		try (KafkaTestConsumer deadLetters = KafkaTestConsumer.fromEnd(Topics.ORDERS + ".DLT")) {
			publish(orderId, unreadable);
			publish(TestOrderEvent.of("OrderPlaced", orderId));

			await().atMost(BOUND).untilAsserted(() -> caseOf(orderId).expectStatus().isOk());
			assertThat(deadLetters.awaitRecords(1, BOUND)).extracting(ConsumerRecord::value).contains(unreadable);
		}
	}

	@Test
	void recordsACancellationOfAnUnknownOrderWithoutRetryingIt() {
		UUID unknownOrder = UUID.randomUUID();
		TestOrderEvent cancelled = TestOrderEvent.of("OrderCancelled", unknownOrder);
		publish(cancelled);

		await().atMost(BOUND).until(() -> processed(cancelled));
		caseOf(unknownOrder).expectStatus().isNotFound();
	}

	@Test
	void skipsAnEventTypeItDoesNotKnow() {
		UUID orderId = UUID.randomUUID();
		publish(TestOrderEvent.of("OrderCancelled", orderId).replacing("\"OrderCancelled\"", "\"OrderRefunded\""));
		publish(TestOrderEvent.of("OrderPlaced", orderId));

		await().atMost(BOUND)
			.untilAsserted(() -> caseOf(orderId).expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("AWAITING_SETUP"));
	}

	@Test
	void countsTheEventsItAppliesForPrometheus() {
		UUID orderId = UUID.randomUUID();
		TestOrderEvent placed = TestOrderEvent.of("OrderPlaced", orderId);
		publish(placed);

		await().atMost(BOUND).until(() -> processed(placed));
		this.http.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((metrics) -> assertThat(metrics).containsPattern(
					"setupflow_provisioning_order_events_total\\{[^}]*outcome=\"applied\"[^}]*type=\"OrderPlaced\"[^}]*\\} [1-9]"));
	}

	private RestTestClient.ResponseSpec caseOf(UUID orderId) {
		return this.http.get().uri("/api/v1/provisioning/{orderId}", orderId).exchange();
	}

}
