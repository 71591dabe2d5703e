package com.setupflow.notification.intake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import com.setupflow.events.EventJson;
import com.setupflow.events.Topics;
import com.setupflow.events.notification.NotificationSent;
import com.setupflow.events.provisioning.SetupLinkIssued;
import com.setupflow.notification.support.NotificationServiceTest;
import com.setupflow.notification.support.TestEvent;
import com.setupflow.testsupport.KafkaTestConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Many {@code SetupLinkIssued} handled together, set-wise, end as each would alone.
 */
class SetupLinkBurstTests extends NotificationServiceTest {

	private static final String NOT_SENT = "Order cancelled before the email was sent";

	@Autowired
	NotificationEventsListener listener;

	@Autowired
	MeterRegistry meters;

	@Test
	void sendsOneEmailPerInvitationOfABurstAndNoneForCancelledOrders() {
		try (KafkaTestConsumer notifications = KafkaTestConsumer.fromEnd(Topics.NOTIFICATIONS)) {
			List<TestEvent> cancelledFirst = new ArrayList<>();
			for (int i = 0; i < 10; i++) {
				cancelledFirst.add(invitation("cancelled"));
			}
			List<TestEvent> cancellations = cancelledFirst.stream()
				.map((issued) -> TestEvent.of("OrderCancelled", issued.aggregateId()))
				.toList();
			publishAll(cancellations);
			awaitAllProcessed(cancellations);
			// Sent before the burst, then forgotten by the consumer (a replay).
			TestEvent replayed = invitation("replayed");
			publish(replayed);
			await().atMost(BOUND).until(() -> "SENT".equals(statusOf(replayed)));
			this.jdbc.sql("delete from processed_event where event_id = ?").param(replayed.eventId()).update();

			List<TestEvent> invited = new ArrayList<>();
			for (int i = 0; i < 187; i++) {
				invited.add(invitation("burst"));
			}
			TestEvent redelivered = invited.get(40);
			// The same invitation issued again under a new event id, as a resend: a new
			// cause, which owes its own email.
			TestEvent issuedAgain = invited.get(90).withNewEventId();
			List<TestEvent> burst = new ArrayList<>(invited);
			burst.add(60, redelivered);
			burst.add(120, issuedAgain);
			burst.add(150, replayed);
			for (int i = 0; i < cancelledFirst.size(); i++) {
				burst.add(i * 19, cancelledFirst.get(i));
			}
			assertThat(burst).hasSize(200);
			Map<String, Double> countsBefore = setupLinkOutcomes();

			publishAll(burst);

			List<TestEvent> owedEmails = new ArrayList<>(invited);
			owedEmails.add(issuedAgain);
			Set<UUID> owed = idsOf(owedEmails);
			await().atMost(BOUND)
				.pollInSameThread()
				.until(() -> sentCauses(notifications.pollFor(Duration.ofMillis(100))).stream()
					.filter(owed::contains)
					.count() >= owed.size());
			awaitAllProcessed(burst);
			List<UUID> announced = sentCauses(notifications.pollFor(Duration.ofMillis(700)));
			assertThat(announced).filteredOn(owed::contains).hasSize(owed.size()).doesNotHaveDuplicates();
			assertThat(announced).filteredOn(replayed.eventId()::equals).hasSize(1);
			assertThat(announced).doesNotContainAnyElementsOf(idsOf(cancelledFirst));

			Map<String, Long> emails = emailsTo(burst);
			invited
				.forEach((issued) -> assertThat(emails.get(recipientOf(issued))).as("emails to %s", recipientOf(issued))
					.isEqualTo(issued.equals(invited.get(90)) ? 2L : 1L));
			assertThat(emails.get(recipientOf(replayed))).isEqualTo(1L);
			cancelledFirst.forEach((issued) -> {
				assertThat(emails).doesNotContainKey(recipientOf(issued));
				assertThat(deliveryOf(issued)).containsEntry("status", "SKIPPED").containsEntry("last_error", NOT_SENT);
			});
			assertThat(deliveriesOfOrder(replayed.aggregateId())).isEqualTo(1);
			assertThat(outcomesSince(countsBefore))
				.isEqualTo(Map.of("queued", 188.0, "skipped", 10.0, "redelivered", 1.0, "duplicate", 1.0));
		}
	}

	@Test
	void keepsEachOrdersEventsInTheirOrderWithinOneBatch() {
		UUID orderId = UUID.randomUUID();
		TestEvent first = invitation("first", orderId);
		publish(first);
		await().atMost(BOUND).until(() -> "SENT".equals(statusOf(first)));
		TestEvent beforeCancel = invitation("before-cancel", orderId);
		TestEvent cancelled = TestEvent.of("OrderCancelled", orderId);
		TestEvent afterCancel = invitation("after-cancel", orderId);
		TestEvent otherOrder = invitation("other-order");
		Map<String, Double> countsBefore = setupLinkOutcomes();

		// Handed to the listener as one polled batch, which Kafka cannot be made to
		// deliver on demand (and which, on Kafka, would come from two topics).
		this.listener.onProvisioningEvents(records(beforeCancel, cancelled, afterCancel, otherOrder));

		// The invitation before the cancellation was queued, then withdrawn by it; the
		// one after was never queued; the contact who got the link hears of it.
		assertThat(deliveryOf(beforeCancel)).containsEntry("status", "SKIPPED").containsEntry("last_error", NOT_SENT);
		assertThat(deliveryOf(afterCancel)).containsEntry("status", "SKIPPED").containsEntry("last_error", NOT_SENT);
		assertThat(outcomesSince(countsBefore)).isEqualTo(Map.of("queued", 2.0, "skipped", 1.0));
		await().atMost(BOUND)
			.until(() -> mailTo(recipientOf(first)).size() == 2 && mailTo(recipientOf(otherOrder)).size() == 1);
		assertThat(mailTo(recipientOf(first)).get(1).subject()).contains("annulée");
		await().during(Duration.ofMillis(500))
			.atMost(BOUND)
			.until(() -> mailTo(recipientOf(beforeCancel)).isEmpty() && mailTo(recipientOf(afterCancel)).isEmpty());
	}

	/** The status of the email {@code cause} owes, or {@code null} while it has none. */
	private String statusOf(TestEvent cause) {
		return this.jdbc.sql("select status from delivery_log where cause_event_id = ?")
			.param(cause.eventId())
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private void awaitAllProcessed(List<TestEvent> events) {
		Set<UUID> ids = idsOf(events);
		await().atMost(BOUND)
			.until(() -> this.jdbc.sql("select count(*) from processed_event where event_id = any(?)")
				.param(ids.toArray(UUID[]::new))
				.query(Long.class)
				.single() == ids.size());
	}

	private static TestEvent invitation(String name) {
		return invitation(name, UUID.randomUUID());
	}

	private static TestEvent invitation(String name, UUID orderId) {
		return TestEvent.of("SetupLinkIssued", orderId).replacing("deploy@acme.example", uniqueAddress(name));
	}

	private static String recipientOf(TestEvent issued) {
		return EventJson.read(issued.json()).payloadAs(SetupLinkIssued.class).recipientEmail();
	}

	private static List<ConsumerRecord<String, String>> records(TestEvent... events) {
		List<ConsumerRecord<String, String>> records = new ArrayList<>();
		for (TestEvent event : events) {
			records.add(new ConsumerRecord<>(Topics.PROVISIONING, 0, records.size(), event.aggregateId().toString(),
					event.json()));
		}
		return records;
	}

	private static Set<UUID> idsOf(List<TestEvent> events) {
		return events.stream().map(TestEvent::eventId).collect(Collectors.toSet());
	}

	/** The causes of the NotificationSent events among {@code records}. */
	private static List<UUID> sentCauses(List<ConsumerRecord<String, String>> records) {
		return records.stream()
			.map((record) -> EventJson.read(record.value()))
			.filter((envelope) -> envelope.payload() instanceof NotificationSent)
			.map((envelope) -> envelope.payloadAs(NotificationSent.class).causeEventId())
			.toList();
	}

	private static Map<String, Long> emailsTo(List<TestEvent> events) {
		Set<String> recipients = events.stream().map(SetupLinkBurstTests::recipientOf).collect(Collectors.toSet());
		return mail().messages()
			.stream()
			.flatMap((email) -> email.to().stream())
			.filter(recipients::contains)
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
	}

	private Map<String, Double> setupLinkOutcomes() {
		return this.meters.find("setupflow.notifications.events")
			.tag("type", "SetupLinkIssued")
			.counters()
			.stream()
			.collect(Collectors.toMap((counter) -> counter.getId().getTag("outcome"), (counter) -> counter.count()));
	}

	/** How many SetupLinkIssued ended in each outcome since {@code before}. */
	private Map<String, Double> outcomesSince(Map<String, Double> before) {
		return setupLinkOutcomes().entrySet()
			.stream()
			.filter((count) -> count.getValue() > before.getOrDefault(count.getKey(), 0.0))
			.collect(Collectors.toMap(Map.Entry::getKey,
					(count) -> count.getValue() - before.getOrDefault(count.getKey(), 0.0)));
	}

}
