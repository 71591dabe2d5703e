package com.setupflow.notification.intake;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
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
 * A trial ends soon and the partner has not activated it: each of the partner's admins is
 * reminded, once.
 */
class TrialEndingSoonEmailTests extends NotificationServiceTest {

	private static final String FIXTURE_SUBSCRIPTION_ID = "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f";

	private static final String FIXTURE_LINK = "http://localhost:8082/portal/subscriptions/" + FIXTURE_SUBSCRIPTION_ID;

	/**
	 * The pinned fixture's admin also gets the pinned TrialExpired: told apart by
	 * subject.
	 */
	private static final String FRENCH_SUBJECT = "Fin d’essai proche\u00a0: Signatures for Microsoft 365 pour Globex SA";

	@Test
	void remindsThePinnedPartnerAdminInFrenchAndAnnouncesIt() {
		TestEvent ending = TestEvent.pinned("TrialEndingSoon");
		try (KafkaTestConsumer notifications = KafkaTestConsumer.fromEnd(Topics.NOTIFICATIONS)) {
			publish(ending);

			await().atMost(BOUND).until(() -> remindersTo("admin@acme.example").size() == 1);
			ReceivedMail reminder = remindersTo("admin@acme.example").get(0);
			assertThat(reminder.from()).isEqualTo("setupflow <no-reply@setupflow.example>");
			assertThat(reminder.htmlBody())
				.contains("lang=\"fr\"", "href=\"" + FIXTURE_LINK + "\"", ">Activer dans le portail</a>")
				.contains("L’essai de Signatures for Microsoft 365 pour Globex SA se termine le 15 décembre 2026.",
						"Activez l’abonnement dans le portail d’ici là, sinon il deviendra inactif",
						"15 décembre 2026 à 10:15 UTC");
			assertThat(reminder.textBody())
				.contains("L’essai de Signatures for Microsoft 365 pour Globex SA se termine le 15 décembre 2026.",
						"Activer dans le portail\u00a0: " + FIXTURE_LINK, "Client\u00a0: Globex SA",
						"Produit\u00a0: Signatures for Microsoft 365",
						"Fin de l’essai le\u00a0: 15 décembre 2026 à 10:15 UTC")
				.doesNotContain("<", "&");

			EventEnvelope sent = awaitNotifications(notifications, ending, 1).get(0);
			NotificationSent payload = sent.payloadAs(NotificationSent.class);
			assertThat(payload.template()).isEqualTo("trial-ending-soon");
			assertThat(payload.recipient()).isEqualTo("admin@acme.example");
			assertThat(sent.aggregateId()).isEqualTo(payload.notificationId().toString());
			assertThat(sent.correlationId()).isEqualTo(FIXTURE_SUBSCRIPTION_ID);
			assertThat(sent.causationId()).isEqualTo(ending.eventId().toString());
		}
	}

	@Test
	void remindsEachPartnerAdminOnceInEnglish() {
		UUID subscriptionId = UUID.randomUUID();
		String first = uniqueAddress("admin-first");
		String second = uniqueAddress("admin-second");
		// The same address twice, in another case: one reminder.
		TestEvent ending = TestEvent.of("TrialEndingSoon", subscriptionId)
			.replacing("\"admin@acme.example\"",
					"\"" + first + "\", \" " + second + " \", \"" + first.toUpperCase(Locale.ROOT) + "\"")
			.replacing("\"locale\": \"fr\"", "\"locale\": \"en\"");
		try (KafkaTestConsumer notifications = KafkaTestConsumer.fromEnd(Topics.NOTIFICATIONS)) {
			publish(ending);

			for (String admin : List.of(first, second)) {
				await().atMost(BOUND).until(() -> mailTo(admin).size() == 1);
				ReceivedMail reminder = mailTo(admin).get(0);
				assertThat(reminder.to()).containsExactly(admin);
				assertThat(reminder.subject())
					.isEqualTo("Trial ending soon: Signatures for Microsoft 365 for Globex SA");
				assertThat(reminder.htmlBody())
					.contains("href=\"http://localhost:8082/portal/subscriptions/" + subscriptionId + "\"",
							">Activate in the portal</a>")
					.contains("The trial of Signatures for Microsoft 365 for Globex SA ends on December 15, 2026.");
				assertThat(reminder.textBody()).contains(
						"The trial of Signatures for Microsoft 365 for Globex SA ends on December 15, 2026.",
						"Activate the subscription in the portal before then, or it becomes inactive",
						"Activate in the portal: http://localhost:8082/portal/subscriptions/" + subscriptionId,
						"Trial ends on: December 15, 2026 at 10:15 UTC");
			}

			List<EventEnvelope> sent = awaitNotifications(notifications, ending, 2);
			assertThat(sent).extracting((envelope) -> envelope.payloadAs(NotificationSent.class).recipient())
				.containsExactlyInAnyOrder(first, second);
			assertThat(sent).extracting(EventEnvelope::correlationId).containsOnly(subscriptionId.toString());
			assertThat(deliveriesOf(subscriptionId)).isEqualTo(2);
		}
	}

	@Test
	void sendsNothingMoreWhenTheEventIsRedeliveredOrItsCauseArrivesAgain() {
		UUID subscriptionId = UUID.randomUUID();
		String first = uniqueAddress("reminded-once");
		String second = uniqueAddress("reminded-once-too");
		TestEvent ending = TestEvent.of("TrialEndingSoon", subscriptionId)
			.replacing("\"admin@acme.example\"", "\"" + first + "\", \"" + second + "\"");
		publish(ending);
		publish(ending);
		await().atMost(BOUND).until(() -> mailTo(first).size() == 1 && mailTo(second).size() == 1);

		// A replay after the consumer forgot the event: the delivery log's key stops it.
		this.jdbc.sql("delete from processed_event where event_id = ?").param(ending.eventId()).update();
		publish(ending);
		awaitProcessed(ending);

		await().during(Duration.ofMillis(700))
			.atMost(BOUND)
			.until(() -> mailTo(first).size() == 1 && mailTo(second).size() == 1);
		assertThat(deliveriesOf(subscriptionId)).isEqualTo(2);
	}

	@Test
	void escapesTheCustomerAndProductInHtmlAndWritesThemAsIsInText() {
		String admin = uniqueAddress("reminded-script");
		publish(TestEvent.of("TrialEndingSoon", UUID.randomUUID())
			.replacing("admin@acme.example", admin)
			.replacing("Globex SA", "<script>alert(1)</script>")
			.replacing("Signatures for Microsoft 365", "<script>alert(2)</script>"));

		ReceivedMail reminder = awaitTheOnlyEmailTo(admin);
		assertThat(reminder.subject())
			.isEqualTo("Fin d’essai proche\u00a0: <script>alert(2)</script> pour <script>alert(1)</script>");
		assertThat(reminder.htmlBody())
			.contains("L’essai de &lt;script&gt;alert(2)&lt;/script&gt; pour &lt;script&gt;alert(1)&lt;/script&gt;",
					">&lt;script&gt;alert(1)&lt;/script&gt;<")
			.doesNotContain("<script");
		assertThat(reminder.textBody()).contains("Client\u00a0: <script>alert(1)</script>",
				"Produit\u00a0: <script>alert(2)</script>");
	}

	@Test
	void deadLettersAReminderToNobodyOrWithoutAWebLink() {
		UUID toNobody = UUID.randomUUID();
		UUID withScriptLink = UUID.randomUUID();
		TestEvent nobody = TestEvent.of("TrialEndingSoon", toNobody)
			.replacing("[\n      \"admin@acme.example\"\n    ]", "[ \" \" ]");
		TestEvent scriptLink = TestEvent.of("TrialEndingSoon", withScriptLink)
			.replacing("admin@acme.example", uniqueAddress("reminded-script-link"))
			.replacing("http://localhost:8082/portal/", "javascript:alert(1)//");
		try (KafkaTestConsumer deadLetters = KafkaTestConsumer.fromEnd(Topics.PROVISIONING + ".DLT")) {
			publish(nobody);
			publish(scriptLink);

			assertThat(deadLetters.awaitRecords(2, BOUND)).extracting(ConsumerRecord::value)
				.containsExactly(nobody.json(), scriptLink.json());
			assertThat(deliveriesOf(toNobody)).isZero();
			assertThat(deliveriesOf(withScriptLink)).isZero();
		}
	}

	private static List<ReceivedMail> remindersTo(String address) {
		return mailTo(address).stream().filter((mail) -> mail.subject().equals(FRENCH_SUBJECT)).toList();
	}

	private static ReceivedMail awaitTheOnlyEmailTo(String address) {
		await().atMost(BOUND).until(() -> mailTo(address).size() == 1);
		return mailTo(address).get(0);
	}

}
