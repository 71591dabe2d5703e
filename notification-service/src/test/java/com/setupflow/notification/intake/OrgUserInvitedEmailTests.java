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
 * A partner's or customer's admin was invited to the portal: the email carries the link
 * where they choose a password.
 */
class OrgUserInvitedEmailTests extends NotificationServiceTest {

	private static final String FIXTURE_LINK = "http://localhost:8082/invitations/Zr4u8Hk1MnB7pQs2TuV6wXy9zAb0Cd3E";

	private static final UUID FIXTURE_USER_ID = UUID.fromString("4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d");

	@Test
	void sendsThePinnedInvitationToTheCustomersAdminAndAnnouncesIt() {
		TestEvent invited = TestEvent.pinned("OrgUserInvited");
		try (KafkaTestConsumer notifications = KafkaTestConsumer.fromEnd(Topics.NOTIFICATIONS)) {
			publish(invited);

			ReceivedMail email = awaitTheOnlyEmailTo("it@globex.example");
			assertThat(email.from()).isEqualTo("setupflow <no-reply@setupflow.example>");
			assertThat(email.to()).containsExactly("it@globex.example");
			assertThat(email.subject()).isEqualTo("Acme Networks invited you to manage Globex SA on setupflow");
			assertThat(email.htmlBody())
				.contains("href=\"" + FIXTURE_LINK + "\"", ">Create your password</a>", ">" + FIXTURE_LINK + "</a>")
				.contains("Hello Grace Hopper,",
						"Acme Networks invited you to manage the subscriptions of Globex SA on setupflow.",
						"Your username is your email address: it@globex.example.",
						"The link works until December 8, 2026 at 10:15 UTC.");
			assertThat(email.textBody()).contains("Hello Grace Hopper,",
					"Acme Networks invited you to manage the subscriptions of Globex SA on setupflow.",
					"Create your password: " + FIXTURE_LINK, "Your username is your email address: it@globex.example.",
					"The link works until December 8, 2026 at 10:15 UTC.",
					"You receive this email because you were invited to manage Globex SA on setupflow.")
				.doesNotContain("<", "&");

			EventEnvelope sent = awaitNotifications(notifications, invited, 1).get(0);
			NotificationSent payload = sent.payloadAs(NotificationSent.class);
			assertThat(payload.template()).isEqualTo("org-user-invited");
			assertThat(payload.recipient()).isEqualTo("it@globex.example");
			assertThat(payload.attempts()).isEqualTo(1);
			assertThat(sent.aggregateId()).isEqualTo(payload.notificationId().toString());
			assertThat(sent.correlationId()).isEqualTo(FIXTURE_USER_ID.toString());
			assertThat(sent.causationId()).isEqualTo(invited.eventId().toString());
		}
	}

	@Test
	void invitesAPartnersAdminInFrenchToJoinThePartnerOrg() {
		String admin = uniqueAddress("partner-admin");
		publish(TestEvent.of("OrgUserInvited", UUID.randomUUID())
			.replacing("it@globex.example", admin)
			.replacing("\"CUSTOMER_ADMIN\"", "\"PARTNER_ADMIN\"")
			.replacing("\"orgName\": \"Globex SA\"", "\"orgName\": \"Acme Networks EMEA\"")
			.replacing("\"locale\": \"en\"", "\"locale\": \"fr-CA\""));

		ReceivedMail email = awaitTheOnlyEmailTo(admin);
		assertThat(email.subject()).isEqualTo("Acme Networks vous a invité à gérer Acme Networks EMEA sur setupflow");
		assertThat(email.htmlBody()).contains("lang=\"fr\"", "href=\"http://localhost:8082/invitations/",
				">Créer votre mot de passe</a>", "Bonjour Grace Hopper,");
		assertThat(email.textBody()).contains("Bonjour Grace Hopper,",
				"Acme Networks vous a invité à rejoindre Acme Networks EMEA sur setupflow en tant qu’administrateur",
				"Créer votre mot de passe\u00a0: http://localhost:8082/invitations/",
				"Votre nom d’utilisateur est votre adresse e-mail\u00a0: " + admin + ".",
				"Le lien est valable jusqu’au 8 décembre 2026 à 10:15 UTC.");
	}

	@Test
	void greetsSomeoneWhoseNameIsNotKnownWithoutOne() {
		String admin = uniqueAddress("nameless");
		publish(TestEvent.of("OrgUserInvited", UUID.randomUUID())
			.replacing("it@globex.example", admin)
			.replacing("\"name\": \"Grace Hopper\"", "\"name\": null"));

		ReceivedMail email = awaitTheOnlyEmailTo(admin);
		assertThat(email.textBody()).contains("Welcome to setupflow", "Hello,").doesNotContain("null");
		assertThat(email.htmlBody()).contains(">Hello,</p>").doesNotContain("null");
	}

	@Test
	void sendsOneInvitationWhenTheEventIsRedeliveredOrItsCauseArrivesAgain() {
		UUID userId = UUID.randomUUID();
		String admin = uniqueAddress("invited-once");
		TestEvent invited = TestEvent.of("OrgUserInvited", userId).replacing("it@globex.example", admin);
		publish(invited);
		publish(invited);
		await().atMost(BOUND).until(() -> mailTo(admin).size() == 1);

		// A replay after the consumer forgot the event: the delivery log's key stops it.
		this.jdbc.sql("delete from processed_event where event_id = ?").param(invited.eventId()).update();
		publish(invited);
		awaitProcessed(invited);

		await().during(Duration.ofMillis(700)).atMost(BOUND).until(() -> mailTo(admin).size() == 1);
		assertThat(deliveriesOf(userId)).isEqualTo(1);
	}

	@Test
	void escapesNamesInHtmlAndWritesThemAsIsInText() {
		String admin = uniqueAddress("invited-script");
		publish(TestEvent.of("OrgUserInvited", UUID.randomUUID())
			.replacing("it@globex.example", admin)
			.replacing("Grace Hopper", "<script>alert(1)</script>")
			.replacing("Globex SA", "<script>alert(2)</script>")
			.replacing("Acme Networks", "<b onmouseover=alert(3)>Acme</b>"));

		ReceivedMail email = awaitTheOnlyEmailTo(admin);
		assertThat(email.subject())
			.isEqualTo("<b onmouseover=alert(3)>Acme</b> invited you to manage <script>alert(2)</script> on setupflow");
		assertThat(email.htmlBody())
			.contains("Hello &lt;script&gt;alert(1)&lt;/script&gt;,",
					"&lt;b onmouseover=alert(3)&gt;Acme&lt;/b&gt; invited you to manage the subscriptions of"
							+ " &lt;script&gt;alert(2)&lt;/script&gt; on setupflow.")
			.doesNotContain("<script", "<b ");
		assertThat(email.textBody()).contains("Hello <script>alert(1)</script>,",
				"<b onmouseover=alert(3)>Acme</b> invited you to manage the subscriptions of <script>alert(2)</script>");
	}

	@Test
	void deadLettersAnInvitationWithoutAWebLink() {
		UUID userId = UUID.randomUUID();
		TestEvent invited = TestEvent.of("OrgUserInvited", userId)
			.replacing("it@globex.example", uniqueAddress("invited-script-link"))
			.replacing("http://localhost:8082/invitations/", "javascript:alert(1)//");
		try (KafkaTestConsumer deadLetters = KafkaTestConsumer.fromEnd(Topics.PROVISIONING + ".DLT")) {
			publish(invited);

			assertThat(deadLetters.awaitRecords(1, BOUND)).extracting(ConsumerRecord::value)
				.containsExactly(invited.json());
			assertThat(deliveriesOf(userId)).isZero();
		}
	}

	private static ReceivedMail awaitTheOnlyEmailTo(String address) {
		await().atMost(BOUND).until(() -> mailTo(address).size() == 1);
		return mailTo(address).get(0);
	}

}
