package com.setupflow.notification.intake;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.setupflow.embedded.ReceivedMail;
import com.setupflow.notification.support.NotificationServiceTest;
import com.setupflow.notification.support.TestEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class StalledAndCancelledOrderEmailTests extends NotificationServiceTest {

	@Test
	void alertsTheAccountRepWhenSetupHasNotStarted() {
		String rep = uniqueAddress("rep");
		publish(TestEvent.of("OrderStalled", UUID.randomUUID()).replacing("rep@vendor.example", rep));

		await().atMost(BOUND).until(() -> mailTo(rep).size() == 1);
		ReceivedMail alert = mailTo(rep).get(0);
		assertThat(alert.subject()).isEqualTo("Configuration non commencée\u00a0: commande CCW-100234");
		assertThat(alert.htmlBody()).contains("href=\"http://localhost:8081/dashboard\"")
			.contains("Acme Networks", "Globex SA", "1 décembre 2026", "deploy@acme.example",
					"30 novembre 2026 à 23:00 UTC");
		assertThat(alert.textBody()).contains("http://localhost:8081/dashboard",
				"Contact de déploiement\u00a0: deploy@acme.example", "Invité le\u00a0: 30 novembre 2026 à 23:00 UTC");
	}

	@Test
	void tellsTheInvitedContactInTheirLanguageWhenTheOrderIsCancelled() {
		UUID orderId = UUID.randomUUID();
		String contact = uniqueAddress("invited");
		publish(TestEvent.of("SetupLinkIssued", orderId).replacing("deploy@acme.example", contact));
		await().atMost(BOUND).until(() -> mailTo(contact).size() == 1);

		publish(TestEvent.of("OrderCancelled", orderId));

		await().atMost(BOUND).until(() -> mailTo(contact).size() == 2);
		ReceivedMail notice = mailTo(contact).get(1);
		assertThat(notice.subject()).isEqualTo("Commande CCW-100234 annulée\u00a0: aucune configuration nécessaire");
		assertThat(notice.htmlBody()).contains("Customer withdrew").doesNotContain("/setup/");
		assertThat(notice.textBody()).contains("Motif\u00a0: Customer withdrew");
	}

	@Test
	void sendsOneCancellationNoticeWhenTheOrderIsCancelledTwice() {
		UUID orderId = UUID.randomUUID();
		String contact = uniqueAddress("cancelled-twice");
		publish(TestEvent.of("SetupLinkIssued", orderId).replacing("deploy@acme.example", contact));
		await().atMost(BOUND).until(() -> mailTo(contact).size() == 1);

		TestEvent second = TestEvent.of("OrderCancelled", orderId);
		publish(TestEvent.of("OrderCancelled", orderId));
		publish(second);
		awaitProcessed(second);

		await().during(Duration.ofMillis(700)).atMost(BOUND).until(() -> mailTo(contact).size() == 2);
	}

	@Test
	void sendsNoCancellationNoticeWhenNobodyWasInvited() {
		UUID orderId = UUID.randomUUID();
		TestEvent cancelled = TestEvent.of("OrderCancelled", orderId);
		publish(cancelled);

		awaitProcessed(cancelled);
		assertThat(deliveriesOfOrder(orderId)).isZero();
	}

	@Test
	void neverInvitesToAnOrderThatWasCancelledFirst() {
		UUID orderId = UUID.randomUUID();
		String contact = uniqueAddress("too-late");
		TestEvent cancelled = TestEvent.of("OrderCancelled", orderId);
		publish(cancelled);
		awaitProcessed(cancelled);

		TestEvent issued = TestEvent.of("SetupLinkIssued", orderId).replacing("deploy@acme.example", contact);
		publish(issued);
		awaitProcessed(issued);

		Map<String, Object> skipped = deliveryOf(issued);
		assertThat(skipped).containsEntry("status", "SKIPPED")
			.containsEntry("recipient", contact)
			.containsEntry("last_error", "Order cancelled before the email was sent");
		await().during(Duration.ofMillis(500)).atMost(BOUND).until(() -> mailTo(contact).isEmpty());
	}

}
