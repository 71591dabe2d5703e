package com.setupflow.notification.delivery;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import com.setupflow.events.EventEnvelope;
import com.setupflow.events.Topics;
import com.setupflow.events.notification.NotificationFailed;
import com.setupflow.events.notification.NotificationSent;
import com.setupflow.notification.support.NotificationServiceTest;
import com.setupflow.notification.support.TestEvent;
import com.setupflow.testsupport.KafkaTestConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The SMTP server goes away. Retries wait 1 s, 2 s, 4 s (the clock is moved, not waited
 * for) and the tests allow {@value NotificationServiceTest#MAX_ATTEMPTS} tries.
 */
class SmtpFailureTests extends NotificationServiceTest {

	@Autowired
	MeterRegistry meters;

	@AfterEach
	void mailServerIsBack() {
		if (!mail().isRunning()) {
			mail().restart();
		}
	}

	@Test
	void sendsTheEmailOnceWhenTheMailServerIsBackAfterAnOutage() {
		String contact = uniqueAddress("outage");
		TestEvent issued = TestEvent.of("SetupLinkIssued", UUID.randomUUID()).replacing("deploy@acme.example", contact);
		try (KafkaTestConsumer notifications = KafkaTestConsumer.fromEnd(Topics.NOTIFICATIONS)) {
			mail().stop();
			publish(issued);
			awaitAttempts(issued, 1);
			assertThat(deliveryOf(issued)).containsEntry("status", "PENDING");
			assertThat((String) deliveryOf(issued).get("last_error")).contains("Couldn't connect");

			this.clock.advance(Duration.ofSeconds(1));
			awaitAttempts(issued, 2);

			mail().restart();
			this.clock.advance(Duration.ofSeconds(2));

			await().atMost(BOUND).until(() -> mailTo(contact).size() == 1);
			EventEnvelope sent = awaitNotifications(notifications, issued, 1).get(0);
			assertThat(sent.payloadAs(NotificationSent.class).attempts()).isEqualTo(3);
			assertThat(deliveryOf(issued)).containsEntry("status", "SENT").containsEntry("attempts", 3);
			await().during(Duration.ofMillis(500)).atMost(BOUND).until(() -> mailTo(contact).size() == 1);
		}
	}

	@Test
	void givesUpAfterTheLastTryAndSendsOnceWhenRetriedByHand() {
		String contact = uniqueAddress("dead-letter");
		TestEvent issued = TestEvent.of("SetupLinkIssued", UUID.randomUUID()).replacing("deploy@acme.example", contact);
		double failedBefore = failedCount();
		try (KafkaTestConsumer notifications = KafkaTestConsumer.fromEnd(Topics.NOTIFICATIONS)) {
			mail().stop();
			publish(issued);
			for (int attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
				awaitAttempts(issued, attempt);
				this.clock.advance(Duration.ofSeconds(1L << (attempt - 1)));
			}

			await().atMost(BOUND).until(() -> "FAILED".equals(deliveryOf(issued).get("status")));
			NotificationFailed failed = awaitNotifications(notifications, issued, 1).get(0)
				.payloadAs(NotificationFailed.class);
			assertThat(failed.attempts()).isEqualTo(MAX_ATTEMPTS);
			assertThat(failed.recipient()).isEqualTo(contact);
			assertThat(failed.error()).contains("Couldn't connect");
			assertThat(failedCount()).isEqualTo(failedBefore + 1);
			UUID notificationId = failed.notificationId();
			this.http.get()
				.uri("/api/v1/notifications?status=FAILED&size=100")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.value((body) -> assertThat(body).contains(notificationId.toString()));

			mail().restart();
			this.http.post()
				.uri("/api/v1/notifications/{id}/retry", notificationId)
				.exchange()
				.expectStatus()
				.isAccepted()
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("PENDING")
				.jsonPath("$.attempts")
				.isEqualTo(0);

			await().atMost(BOUND).until(() -> mailTo(contact).size() == 1);
			assertThat(awaitNotifications(notifications, issued, 2)).extracting(EventEnvelope::type)
				.containsExactly("NotificationFailed", "NotificationSent");
			await().during(Duration.ofMillis(500)).atMost(BOUND).until(() -> mailTo(contact).size() == 1);
			this.http.post()
				.uri("/api/v1/notifications/{id}/retry", notificationId)
				.exchange()
				.expectStatus()
				.isEqualTo(409)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("https://setupflow.dev/problems/conflict");
		}
	}

	@Test
	void withdrawsAnInvitationStillWaitingWhenTheOrderIsCancelled() {
		UUID orderId = UUID.randomUUID();
		String contact = uniqueAddress("withdrawn");
		TestEvent issued = TestEvent.of("SetupLinkIssued", orderId).replacing("deploy@acme.example", contact);
		mail().stop();
		publish(issued);
		awaitAttempts(issued, 1);

		TestEvent cancelled = TestEvent.of("OrderCancelled", orderId);
		publish(cancelled);
		awaitProcessed(cancelled);
		mail().restart();
		this.clock.advance(Duration.ofSeconds(2));

		Map<String, Object> withdrawn = deliveryOf(issued);
		assertThat(withdrawn).containsEntry("status", "SKIPPED")
			.containsEntry("last_error", "Order cancelled before the email was sent");
		// Never invited, so no cancellation notice either.
		assertThat(deliveriesOfOrder(orderId)).isEqualTo(1);
		await().during(Duration.ofMillis(500)).atMost(BOUND).until(() -> mailTo(contact).isEmpty());
	}

	private void awaitAttempts(TestEvent cause, int attempts) {
		await().atMost(BOUND)
			.until(() -> this.jdbc.sql("select attempts from delivery_log where cause_event_id = ?")
				.param(cause.eventId())
				.query(Integer.class)
				.optional()
				.orElse(0) >= attempts);
	}

	private double failedCount() {
		return this.meters.counter("setupflow.notifications.failed", "template", "configure-now").count();
	}

}
