package com.setupflow.notification.intake;

import java.time.Duration;
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
 * The wizard stopped because the person setting up did not recognise the partner
 * organisation: the account rep must sort it out before setup can go on.
 */
class PartnerOrgDisputedEmailTests extends NotificationServiceTest {

	private static final String DASHBOARD = "http://localhost:8081/dashboard";

	@Test
	void alertsTheAccountRepWithWhatToDoAndAnnouncesIt() {
		UUID orderId = UUID.randomUUID();
		String rep = uniqueAddress("rep-disputed");
		TestEvent disputed = TestEvent.of("PartnerOrgDisputed", orderId).replacing("rep@vendor.example", rep);
		try (KafkaTestConsumer notifications = KafkaTestConsumer.fromEnd(Topics.NOTIFICATIONS)) {
			publish(disputed);

			ReceivedMail alert = awaitTheOnlyEmailTo(rep);
			assertThat(alert.subject()).isEqualTo("Organisation partenaire non reconnue\u00a0: commande CCW-100234");
			assertThat(alert.htmlBody()).contains("href=\"" + DASHBOARD + "\"", ">Ouvrir le tableau de bord</a>")
				.contains("deploy@acme.example configurait la commande CCW-100234", "Acme Networks",
						"1 décembre 2026 à 09:14 UTC", "Contactez le partenaire", "Corrigez l’organisation partenaire",
						"Renvoyez l’e-mail de configuration depuis le tableau de bord");
			assertThat(alert.textBody())
				.contains("Numéro de commande\u00a0: CCW-100234", "Organisation partenaire\u00a0: Acme Networks",
						"Signalé par\u00a0: deploy@acme.example", "1. Contactez le partenaire",
						"2. Corrigez l’organisation partenaire de la commande.",
						"3. Renvoyez l’e-mail de configuration depuis le tableau de bord", DASHBOARD)
				.doesNotContain("<", "&");

			EventEnvelope sent = awaitNotifications(notifications, disputed, 1).get(0);
			NotificationSent payload = sent.payloadAs(NotificationSent.class);
			assertThat(payload.template()).isEqualTo("partner-org-disputed");
			assertThat(payload.recipient()).isEqualTo(rep);
			assertThat(sent.correlationId()).isEqualTo(orderId.toString());
			assertThat(sent.causationId()).isEqualTo(disputed.eventId().toString());
		}
	}

	@Test
	void writesInEnglishWhenTheOrderIsInEnglish() {
		String rep = uniqueAddress("rep-disputed-en");
		publish(TestEvent.of("PartnerOrgDisputed", UUID.randomUUID())
			.replacing("rep@vendor.example", rep)
			.replacing("\"locale\": \"fr\"", "\"locale\": \"en\""));

		ReceivedMail alert = awaitTheOnlyEmailTo(rep);
		assertThat(alert.subject()).isEqualTo("Partner organisation not recognised: order CCW-100234");
		assertThat(alert.htmlBody()).contains(">Partner organisation not recognised</h1>", "December 1, 2026");
		assertThat(alert.textBody()).contains(
				"deploy@acme.example was setting up order CCW-100234 and did not recognise the partner organisation",
				"Partner organisation: Acme Networks", "Reported by: deploy@acme.example", "1. Contact the partner",
				"2. Correct the order’s partner organisation.", "3. Resend the setup email from the dashboard");
	}

	@Test
	void sendsOneAlertWhenTheEventIsRedeliveredOrItsCauseArrivesAgain() {
		UUID orderId = UUID.randomUUID();
		String rep = uniqueAddress("rep-disputed-once");
		TestEvent disputed = TestEvent.of("PartnerOrgDisputed", orderId).replacing("rep@vendor.example", rep);
		publish(disputed);
		publish(disputed);
		await().atMost(BOUND).until(() -> mailTo(rep).size() == 1);

		// A replay after the consumer forgot the event: the delivery log's key stops it.
		this.jdbc.sql("delete from processed_event where event_id = ?").param(disputed.eventId()).update();
		publish(disputed);
		awaitProcessed(disputed);

		await().during(Duration.ofMillis(700)).atMost(BOUND).until(() -> mailTo(rep).size() == 1);
		assertThat(deliveriesOfOrder(orderId)).isEqualTo(1);
	}

	@Test
	void escapesThePartnerOrgAndWhoReportedItInHtmlAndWritesThemAsIsInText() {
		String rep = uniqueAddress("rep-disputed-script");
		publish(TestEvent.of("PartnerOrgDisputed", UUID.randomUUID())
			.replacing("rep@vendor.example", rep)
			.replacing("Acme Networks", "<script>alert(1)</script>")
			.replacing("deploy@acme.example", "<script>alert(2)</script>"));

		ReceivedMail alert = awaitTheOnlyEmailTo(rep);
		assertThat(alert.htmlBody())
			.contains(">&lt;script&gt;alert(1)&lt;/script&gt;<", "&lt;script&gt;alert(2)&lt;/script&gt; configurait")
			.doesNotContain("<script");
		assertThat(alert.textBody()).contains("Organisation partenaire\u00a0: <script>alert(1)</script>",
				"Signalé par\u00a0: <script>alert(2)</script>", "<script>alert(2)</script> configurait la commande");
	}

	@Test
	void deadLettersAnAlertWithoutAnAccountRep() {
		UUID orderId = UUID.randomUUID();
		TestEvent disputed = TestEvent.of("PartnerOrgDisputed", orderId)
			.replacing("\"accountRepEmail\": \"rep@vendor.example\"", "\"accountRepEmail\": null");
		try (KafkaTestConsumer deadLetters = KafkaTestConsumer.fromEnd(Topics.PROVISIONING + ".DLT")) {
			publish(disputed);

			assertThat(deadLetters.awaitRecords(1, BOUND)).extracting(ConsumerRecord::value)
				.containsExactly(disputed.json());
			assertThat(deliveriesOfOrder(orderId)).isZero();
		}
	}

	private static ReceivedMail awaitTheOnlyEmailTo(String address) {
		await().atMost(BOUND).until(() -> mailTo(address).size() == 1);
		return mailTo(address).get(0);
	}

}
