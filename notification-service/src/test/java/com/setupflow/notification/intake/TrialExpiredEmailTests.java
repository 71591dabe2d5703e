package com.setupflow.notification.intake;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.setupflow.embedded.ReceivedMail;
import com.setupflow.events.EventEnvelope;
import com.setupflow.events.Topics;
import com.setupflow.events.notification.NotificationSent;
import com.setupflow.notification.support.NotificationServiceTest;
import com.setupflow.notification.support.TestEvent;
import com.setupflow.testsupport.KafkaTestConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A trial ended without activation: each of the partner's admins learns the subscription
 * is inactive and archived, once.
 */
class TrialExpiredEmailTests extends NotificationServiceTest {

	private static final String FIXTURE_SUBSCRIPTION_ID = "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f";

	private static final String FIXTURE_LINK = "http://localhost:8082/portal/subscriptions/" + FIXTURE_SUBSCRIPTION_ID;

	/**
	 * The pinned fixture's admin also gets the pinned TrialEndingSoon: told apart by
	 * subject.
	 */
	private static final String ENGLISH_SUBJECT = "Trial ended: Signatures for Microsoft 365 for Globex SA";

	@Test
	void tellsThePinnedPartnerAdminAndAnnouncesIt() {
		TestEvent expired = TestEvent.pinned("TrialExpired");
		try (KafkaTestConsumer notifications = KafkaTestConsumer.fromEnd(Topics.NOTIFICATIONS)) {
			publish(expired);

			await().atMost(BOUND).until(() -> noticesTo("admin@acme.example").size() == 1);
			ReceivedMail notice = noticesTo("admin@acme.example").get(0);
			assertThat(notice.from()).isEqualTo("setupflow <no-reply@setupflow.example>");
			assertThat(notice.htmlBody())
				.contains("lang=\"en\"", "href=\"" + FIXTURE_LINK + "\"", ">View the subscription</a>")
				.contains(
						"The trial of Signatures for Microsoft 365 for Globex SA ended on December 15, 2026 without being activated.",
						"The subscription is now inactive and has been archived.");
			assertThat(notice.textBody()).contains(
					"The trial of Signatures for Microsoft 365 for Globex SA ended on December 15, 2026 without being activated.",
					"The subscription is now inactive and has been archived.", "View the subscription: " + FIXTURE_LINK,
					"Customer: Globex SA", "Product: Signatures for Microsoft 365",
					"Trial ended on: December 15, 2026 at 10:15 UTC")
				.doesNotContain("<", "&");

			EventEnvelope sent = awaitNotifications(notifications, expired, 1).get(0);
			NotificationSent payload = sent.payloadAs(NotificationSent.class);
			assertThat(payload.template()).isEqualTo("trial-expired");
			assertThat(payload.recipient()).isEqualTo("admin@acme.example");
			assertThat(sent.aggregateId()).isEqualTo(payload.notificationId().toString());
			assertThat(sent.correlationId()).isEqualTo(FIXTURE_SUBSCRIPTION_ID);
			assertThat(sent.causationId()).isEqualTo(expired.eventId().toString());
		}
	}

	@Test
	void tellsEachPartnerAdminInFrench() {
		UUID subscriptionId = UUID.randomUUID();
		String first = uniqueAddress("expired-first");
		String second = uniqueAddress("expired-second");
		TestEvent expired = TestEvent.of("TrialExpired", subscriptionId)
			.replacing("\"admin@acme.example\"", "\"" + first + "\", \"" + second + "\"")
			.replacing("\"locale\": \"en\"", "\"locale\": \"fr_BE\"");
		try (KafkaTestConsumer notifications = KafkaTestConsumer.fromEnd(Topics.NOTIFICATIONS)) {
			publish(expired);

			for (String admin : List.of(first, second)) {
				ReceivedMail notice = awaitTheOnlyEmailTo(admin);
				assertThat(notice.to()).containsExactly(admin);
				assertThat(notice.subject())
					.isEqualTo("Essai terminé\u00a0: Signatures for Microsoft 365 pour Globex SA");
				assertThat(notice.htmlBody())
					.contains("lang=\"fr\"",
							"href=\"http://localhost:8082/portal/subscriptions/" + subscriptionId + "\"",
							">Voir l’abonnement</a>")
					.contains("L’essai de Signatures for Microsoft 365 pour Globex SA s’est terminé le 15 décembre 2026"
							+ " sans avoir été activé.");
				assertThat(notice.textBody()).contains(
						"L’essai de Signatures for Microsoft 365 pour Globex SA s’est terminé le 15 décembre 2026 sans avoir été activé.",
						"L’abonnement est désormais inactif et a été archivé.",
						"Voir l’abonnement\u00a0: http://localhost:8082/portal/subscriptions/" + subscriptionId,
						"Fin de l’essai le\u00a0: 15 décembre 2026 à 10:15 UTC");
			}

			List<EventEnvelope> sent = awaitNotifications(notifications, expired, 2);
			assertThat(sent).extracting((envelope) -> envelope.payloadAs(NotificationSent.class).recipient())
				.containsExactlyInAnyOrder(first, second);
			assertThat(sent).extracting(EventEnvelope::correlationId).containsOnly(subscriptionId.toString());
		}
	}

	@Test
	void sendsNothingMoreWhenTheEventIsRedeliveredOrItsCauseArrivesAgain() {
		UUID subscriptionId = UUID.randomUUID();
		String first = uniqueAddress("expired-once");
		String second = uniqueAddress("expired-once-too");
		TestEvent expired = TestEvent.of("TrialExpired", subscriptionId)
			.replacing("\"admin@acme.example\"", "\"" + first + "\", \"" + second + "\"");
		publish(expired);
		publish(expired);
		await().atMost(BOUND).until(() -> mailTo(first).size() == 1 && mailTo(second).size() == 1);

		// A replay after the consumer forgot the event: the delivery log's key stops it.
		this.jdbc.sql("delete from processed_event where event_id = ?").param(expired.eventId()).update();
		publish(expired);
		awaitProcessed(expired);

		await().during(Duration.ofMillis(700))
			.atMost(BOUND)
			.until(() -> mailTo(first).size() == 1 && mailTo(second).size() == 1);
		assertThat(deliveriesOf(subscriptionId)).isEqualTo(2);
	}

	@Test
	void escapesTheCustomerAndProductInHtmlAndWritesThemAsIsInText() {
		String admin = uniqueAddress("expired-script");
		publish(TestEvent.of("TrialExpired", UUID.randomUUID())
			.replacing("admin@acme.example", admin)
			.replacing("Globex SA", "<script>alert(1)</script>")
			.replacing("Signatures for Microsoft 365", "<script>alert(2)</script>"));

		ReceivedMail notice = awaitTheOnlyEmailTo(admin);
		assertThat(notice.subject()).isEqualTo("Trial ended: <script>alert(2)</script> for <script>alert(1)</script>");
		assertThat(notice.htmlBody())
			.contains("The trial of &lt;script&gt;alert(2)&lt;/script&gt; for &lt;script&gt;alert(1)&lt;/script&gt;",
					">&lt;script&gt;alert(1)&lt;/script&gt;<")
			.doesNotContain("<script");
		assertThat(notice.textBody()).contains("Customer: <script>alert(1)</script>",
				"Product: <script>alert(2)</script>");
	}

	@Test
	void deadLettersANoticeWithoutAWebLink() {
		UUID subscriptionId = UUID.randomUUID();
		TestEvent expired = TestEvent.of("TrialExpired", subscriptionId)
			.replacing("admin@acme.example", uniqueAddress("expired-no-link"))
			.replacing("\"manageUrl\": \"http://localhost:8082/portal/subscriptions/" + subscriptionId + "\"",
					"\"manageUrl\": null");
		try (KafkaTestConsumer deadLetters = KafkaTestConsumer.fromEnd(Topics.PROVISIONING + ".DLT")) {
			publish(expired);

			assertThat(deadLetters.awaitRecords(1, BOUND)).extracting(ConsumerRecord::value)
				.containsExactly(expired.json());
			assertThat(deliveriesOf(subscriptionId)).isZero();
		}
	}

	private static List<ReceivedMail> noticesTo(String address) {
		return mailTo(address).stream().filter((mail) -> mail.subject().equals(ENGLISH_SUBJECT)).toList();
	}

	private static ReceivedMail awaitTheOnlyEmailTo(String address) {
		await().atMost(BOUND).until(() -> mailTo(address).size() == 1);
		return mailTo(address).get(0);
	}

}
