package com.setupflow.provisioning.orderstream;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.listener.BatchListenerFailedException;

import com.setupflow.events.EventEnvelope;
import com.setupflow.events.Topics;
import com.setupflow.events.provisioning.SetupLinkIssued;
import com.setupflow.provisioning.ProvisioningIntegrationTest;
import com.setupflow.provisioning.ProvisioningStream;
import com.setupflow.provisioning.TestOrderEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Runs of {@code SetupDue} applied set-wise, as in a burst of invitations falling due at
 * one instant: the same links and events as one by one.
 */
class SetupDueBatchTests extends ProvisioningIntegrationTest {

	private static final Duration BOUND = Duration.ofSeconds(60);

	private static final int ORDERS = 300;

	/** Offsets for batches handed to the listener directly; only logs show them. */
	private static final AtomicLong offsets = new AtomicLong();

	@Autowired
	private OrderEventsListener listener;

	@Test
	void issuesOneLinkPerOpenOrderWhenABurstOfInvitationsFallsDue() {
		List<UUID> orderIds = new ArrayList<>();
		List<TestOrderEvent> placed = new ArrayList<>();
		List<TestOrderEvent> cancelled = new ArrayList<>();
		List<TestOrderEvent> dues = new ArrayList<>();
		for (int i = 0; i < ORDERS; i++) {
			UUID orderId = UUID.randomUUID();
			orderIds.add(orderId);
			placed.add(TestOrderEvent.of("OrderPlaced", orderId)
				.replacing("deploy@acme.example", contactOf(i))
				.replacing("Globex SA", customerOf(i)));
			if (isCancelled(i)) {
				cancelled.add(TestOrderEvent.of("OrderCancelled", orderId));
			}
			dues.add(TestOrderEvent.of("SetupDue", orderId));
		}
		TestOrderEvent duplicate = dues.get(1).withNewEventId();
		TestOrderEvent redelivered = dues.get(2);
		UUID unknownOrder = UUID.randomUUID();
		TestOrderEvent unknownDue = TestOrderEvent.of("SetupDue", unknownOrder);
		List<TestOrderEvent> burst = new ArrayList<>(dues);
		// Right behind their originals, so they most likely share its run.
		burst.add(2, duplicate);
		burst.add(4, redelivered);
		burst.add(ORDERS / 2, unknownDue);
		TestOrderEvent marker = TestOrderEvent.of("OrderStalled", orderIds.get(3));

		try (ProvisioningStream events = new ProvisioningStream(this.jdbc)) {
			publishAll(placed);
			publishAll(cancelled);
			publishAll(burst);
			publish(marker);
			await().atMost(BOUND).until(() -> processed(marker));

			Map<UUID, List<EventEnvelope>> settled = events.settled(orderIds);
			Set<String> setupUrls = new HashSet<>();
			for (int i = 0; i < ORDERS; i++) {
				UUID orderId = orderIds.get(i);
				if (isCancelled(i)) {
					assertThat(settled.get(orderId)).as("events of cancelled order %d", i).isEmpty();
					assertThat(linkRows(orderId)).isZero();
					continue;
				}
				assertThat(settled.get(orderId)).as("events of order %d", i).singleElement().satisfies((envelope) -> {
					assertThat(envelope.type()).isEqualTo("SetupLinkIssued");
					assertThat(envelope.aggregateId()).isEqualTo(orderId.toString());
					assertThat(envelope.correlationId()).isEqualTo(orderId.toString());
				});
				EventEnvelope envelope = settled.get(orderId).get(0);
				// The first SetupDue of the order wins, also over its duplicate.
				assertThat(envelope.causationId()).isEqualTo(dues.get(i).eventId().toString());
				SetupLinkIssued issued = envelope.payloadAs(SetupLinkIssued.class);
				assertIssuedFor(issued, orderId, i);
				setupUrls.add(issued.setupUrl());
				assertThat(linkRows(orderId)).isEqualTo(1);
			}
			assertThat(setupUrls).hasSize(ORDERS - ORDERS / 10);
			assertThat(processedRows(redelivered.eventId())).isEqualTo(1);
			assertThat(processedRows(duplicate.eventId())).isEqualTo(1);
			assertThat(processed(unknownDue)).isTrue();
			assertThat(linkRows(unknownOrder)).isZero();
			assertThat(
					open(settled.get(orderIds.get(7)).get(0).payloadAs(SetupLinkIssued.class).setupUrl()).statusCode())
				.isEqualTo(200);
		}
	}

	@Test
	void rotatesALinkIssuedInABurstWhenAResendIsRequested() {
		UUID orderId = UUID.randomUUID();
		TestOrderEvent resend = TestOrderEvent.of("SetupResendRequested", orderId);
		TestOrderEvent placed = TestOrderEvent.of("OrderPlaced", orderId);
		try (ProvisioningStream events = new ProvisioningStream(this.jdbc)) {
			publish(placed);
			await().atMost(BOUND).until(() -> processed(placed));
			deliverInOneBatch(TestOrderEvent.of("SetupDue", orderId));
			SetupLinkIssued first = events.await(orderId, "SetupLinkIssued", 1).get(0).payloadAs(SetupLinkIssued.class);
			publish(resend);

			SetupLinkIssued second = events.await(orderId, "SetupLinkIssued", 2)
				.get(1)
				.payloadAs(SetupLinkIssued.class);
			assertThat(second.reason()).isEqualTo("RESENT");
			assertThat(open(first.setupUrl()).statusCode()).isEqualTo(410);
			assertThat(open(second.setupUrl()).statusCode()).isEqualTo(200);
		}
	}

	@Test
	void keepsEachOrdersEventsInOrderWhenSetupDueAndOtherEventsShareABatch() {
		UUID cancelledBetween = UUID.randomUUID();
		UUID cancelledBefore = UUID.randomUUID();
		UUID repeated = UUID.randomUUID();
		UUID plain = UUID.randomUUID();
		TestOrderEvent cancellation = TestOrderEvent.of("OrderCancelled", cancelledBetween);
		TestOrderEvent repeatedDue = TestOrderEvent.of("SetupDue", repeated);
		TestOrderEvent marker = TestOrderEvent.of("OrderStalled", plain);
		publishAll(List.of(TestOrderEvent.of("OrderPlaced", cancelledBetween),
				TestOrderEvent.of("OrderPlaced", cancelledBefore), TestOrderEvent.of("OrderPlaced", repeated),
				TestOrderEvent.of("OrderPlaced", plain), marker));
		await().atMost(BOUND).until(() -> processed(marker));

		try (ProvisioningStream events = new ProvisioningStream(this.jdbc)) {
			deliverInOneBatch(TestOrderEvent.of("SetupDue", cancelledBetween), repeatedDue,
					TestOrderEvent.of("OrderCancelled", cancelledBefore), cancellation, repeatedDue,
					TestOrderEvent.of("SetupDue", cancelledBetween), repeatedDue.withNewEventId(),
					TestOrderEvent.of("SetupDue", cancelledBefore), TestOrderEvent.of("SetupDue", plain));

			Map<UUID, List<EventEnvelope>> settled = events
				.settled(List.of(cancelledBetween, cancelledBefore, repeated, plain));
			assertThat(settled.get(cancelledBetween)).extracting(EventEnvelope::type)
				.containsExactly("SetupLinkIssued", "SetupLinksRevoked");
			assertThat(settled.get(cancelledBetween).get(1).causationId()).isEqualTo(cancellation.eventId().toString());
			assertThat(settled.get(cancelledBefore)).isEmpty();
			assertThat(settled.get(repeated)).extracting(EventEnvelope::type).containsExactly("SetupLinkIssued");
			assertThat(settled.get(repeated).get(0).causationId()).isEqualTo(repeatedDue.eventId().toString());
			assertThat(settled.get(plain)).extracting(EventEnvelope::type).containsExactly("SetupLinkIssued");
			assertThat(linkRows(cancelledBetween)).isEqualTo(1);
			assertThat(linkRows(repeated)).isEqualTo(1);
			assertThat(processedRows(repeatedDue.eventId())).isEqualTo(1);
		}
	}

	@Test
	void appliesTheEventsBeforeAMalformedSetupDueOneByOneAndReportsIt() {
		UUID before = UUID.randomUUID();
		UUID after = UUID.randomUUID();
		TestOrderEvent afterPlaced = TestOrderEvent.of("OrderPlaced", after);
		publishAll(List.of(TestOrderEvent.of("OrderPlaced", before), afterPlaced));
		await().atMost(BOUND).until(() -> processed(afterPlaced));
		TestOrderEvent namesNoOrder = TestOrderEvent.of("SetupDue", UUID.randomUUID())
			.replacing("\"orderNumber\": \"CCW-100234\"", "\"orderNumber\": null");

		try (ProvisioningStream events = new ProvisioningStream(this.jdbc)) {
			assertThatExceptionOfType(BatchListenerFailedException.class)
				.isThrownBy(() -> deliverInOneBatch(TestOrderEvent.of("SetupDue", before), namesNoOrder,
						TestOrderEvent.of("SetupDue", after)))
				.satisfies((failure) -> assertThat(failure.getIndex()).isEqualTo(1));

			assertThat(events.settled(List.of(before, after))).satisfies((settled) -> {
				assertThat(settled.get(before)).extracting(EventEnvelope::type).containsExactly("SetupLinkIssued");
				assertThat(settled.get(after)).isEmpty();
			});
			assertThat(processed(namesNoOrder)).isFalse();
		}
	}

	private void assertIssuedFor(SetupLinkIssued issued, UUID orderId, int i) {
		assertThat(issued.orderId()).isEqualTo(orderId);
		assertThat(issued.orderNumber()).isEqualTo("CCW-100234");
		assertThat(issued.linkId()).isNotNull();
		assertThat(issued.recipientEmail()).isEqualTo(contactOf(i));
		assertThat(issued.setupUrl()).matches(Pattern.quote(LINK_PREFIX) + "[A-Za-z0-9_-]{43}");
		assertThat(issued.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(30)));
		assertThat(issued.reason()).isEqualTo("SETUP_DUE");
		assertThat(issued.locale()).isEqualTo("fr");
		assertThat(issued.partnerName()).isEqualTo("Acme Networks");
		assertThat(issued.customerName()).isEqualTo(customerOf(i));
		assertThat(issued.productNames()).containsExactly("Webex Suite (Flex)");
		assertThat(issued.requestedStartDate()).isEqualTo(LocalDate.parse("2026-12-01"));
	}

	/**
	 * Hands the events to the listener as one polled batch, which Kafka alone does not
	 * promise.
	 */
	private void deliverInOneBatch(TestOrderEvent... events) {
		List<ConsumerRecord<String, String>> records = new ArrayList<>();
		for (TestOrderEvent event : events) {
			records.add(new ConsumerRecord<>(Topics.ORDERS, 0, offsets.incrementAndGet(), event.orderId().toString(),
					event.json()));
		}
		this.listener.onOrderEvents(records);
	}

	private long linkRows(UUID orderId) {
		return this.jdbc.sql("select count(*) from setup_link where order_id = ?")
			.param(orderId)
			.query(Long.class)
			.single();
	}

	private static boolean isCancelled(int i) {
		return i % 10 == 0;
	}

	private static String contactOf(int i) {
		return "deploy-" + i + "@acme.example";
	}

	private static String customerOf(int i) {
		return "Globex " + i;
	}

}
