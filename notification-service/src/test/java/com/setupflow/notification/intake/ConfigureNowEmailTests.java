package com.setupflow.notification.intake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.setupflow.embedded.ReceivedMail;
import com.setupflow.events.EventEnvelope;
import com.setupflow.events.EventFixtures;
import com.setupflow.events.EventJson;
import com.setupflow.events.Topics;
import com.setupflow.events.notification.NotificationSent;
import com.setupflow.notification.support.NotificationServiceTest;
import com.setupflow.notification.support.TestEvent;
import com.setupflow.testsupport.KafkaTestConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ConfigureNowEmailTests extends NotificationServiceTest {

	private static final String FIXTURE_LINK = "http://localhost:8082/setup/Xq3v9Jk2LmN8pQr5StU7vWx0yZa1Bc4D";

	@Test
	void sendsThePinnedSetupLinkIssuedAsOneFrenchEmailAndAnnouncesIt() throws Exception {
		TestEvent issued = TestEvent.pinned("SetupLinkIssued");
		try (KafkaTestConsumer notifications = KafkaTestConsumer.fromEnd(Topics.NOTIFICATIONS)) {
			publish(issued);

			await().atMost(BOUND).until(() -> mailTo("deploy@acme.example").size() == 1);
			ReceivedMail email = mailTo("deploy@acme.example").get(0);
			assertThat(email.from()).isEqualTo("setupflow <no-reply@setupflow.example>");
			assertThat(email.subject()).isEqualTo("Configurez maintenant\u00a0: commande CCW-100234");
			assertThat(email.htmlBody()).contains("href=\"" + FIXTURE_LINK + "\"")
				.contains(">Configurer maintenant</a>")
				.contains("Acme Networks", "Globex SA", "Webex Suite (Flex)", "1 décembre 2026",
						"30 décembre 2026 à 23:00 UTC");
			assertThat(email.textBody()).contains(FIXTURE_LINK)
				.contains("Numéro de commande\u00a0: CCW-100234", "Client\u00a0: Globex SA",
						"Produits\u00a0: Webex Suite (Flex)", "Date de début\u00a0: 1 décembre 2026")
				.doesNotContain("<", "&");

			EventEnvelope sent = awaitNotifications(notifications, issued, 1).get(0);
			NotificationSent payload = sent.payloadAs(NotificationSent.class);
			assertThat(payload.template()).isEqualTo("configure-now");
			assertThat(payload.recipient()).isEqualTo("deploy@acme.example");
			assertThat(payload.attempts()).isEqualTo(1);
			assertThat(sent.aggregateId()).isEqualTo(payload.notificationId().toString());
			assertThat(sent.correlationId()).isEqualTo(TestEvent.FIXTURE_ORDER_ID.toString());
			assertThat(sent.causationId()).isEqualTo(issued.eventId().toString());
			assertThat(notifications.records())
				.filteredOn((record) -> record.value().contains(issued.eventId().toString()))
				.extracting(ConsumerRecord::key)
				.containsExactly(payload.notificationId().toString());
			assertThat(messageIdsIn("deploy@acme.example"))
				.containsExactly("<" + payload.notificationId() + "@setupflow.example>");
		}
	}

	@Test
	void writesNotificationSentWithTheFieldsOfThePinnedFixture() {
		String recipient = uniqueAddress("contract");
		TestEvent issued = TestEvent.of("SetupLinkIssued", UUID.randomUUID())
			.replacing("deploy@acme.example", recipient);
		try (KafkaTestConsumer notifications = KafkaTestConsumer.fromEnd(Topics.NOTIFICATIONS)) {
			publish(issued);

			EventEnvelope sent = awaitNotifications(notifications, issued, 1).get(0);
			String pinned = EventFixtures.load("NotificationSent", 1);
			assertThat(fieldsOf(EventJson.write(sent))).isEqualTo(fieldsOf(pinned));
		}
	}

	@Test
	void writesInEnglishWhenTheOrderIsInEnglishOrInALanguageWithoutTemplates() {
		for (String locale : List.of("en", "de")) {
			String recipient = uniqueAddress("english");
			publish(TestEvent.of("SetupLinkIssued", UUID.randomUUID())
				.replacing("deploy@acme.example", recipient)
				.replacing("\"locale\": \"fr\"", "\"locale\": \"" + locale + "\""));

			await().atMost(BOUND).until(() -> mailTo(recipient).size() == 1);
			ReceivedMail email = mailTo(recipient).get(0);
			assertThat(email.subject()).isEqualTo("Configure now: order CCW-100234");
			assertThat(email.htmlBody()).contains(">Configure now</a>", "December 1, 2026");
			assertThat(email.textBody()).contains("Order number: CCW-100234", "The link works until");
		}
	}

	@Test
	void escapesTheCustomerNameInTheHtmlBody() {
		String recipient = uniqueAddress("escaping");
		publish(TestEvent.of("SetupLinkIssued", UUID.randomUUID())
			.replacing("deploy@acme.example", recipient)
			.replacing("Globex SA", "<script>alert(1)</script>"));

		await().atMost(BOUND).until(() -> mailTo(recipient).size() == 1);
		ReceivedMail email = mailTo(recipient).get(0);
		assertThat(email.htmlBody()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
		// Plain text has no markup to inject: the name reads as written.
		assertThat(email.textBody()).contains("Client\u00a0: <script>alert(1)</script>");
	}

	@Test
	void sendsOneEmailWhenTheEventIsRedeliveredOrItsCauseArrivesAgain() {
		String recipient = uniqueAddress("once");
		UUID orderId = UUID.randomUUID();
		TestEvent issued = TestEvent.of("SetupLinkIssued", orderId).replacing("deploy@acme.example", recipient);
		publish(issued);
		publish(issued);
		await().atMost(BOUND).until(() -> mailTo(recipient).size() == 1);

		// The same cause again after the consumer lost its memory of it (a replay): the
		// delivery log's key still stops a second email.
		this.jdbc.sql("delete from processed_event where event_id = ?").param(issued.eventId()).update();
		publish(issued);
		awaitProcessed(issued);

		await().during(Duration.ofMillis(700)).atMost(BOUND).until(() -> mailTo(recipient).size() == 1);
		assertThat(deliveriesOfOrder(orderId)).isEqualTo(1);
	}

	@Test
	void skipsEventsThatOweNoEmailAndTypesItDoesNotKnow() {
		UUID orderId = UUID.randomUUID();
		String recipient = uniqueAddress("after-skips");
		publish(TestEvent.of("ProvisioningStarted", orderId));
		publish(TestEvent.of("SetupLinkIssued", orderId)
			.replacing("\"SetupLinkIssued\"", "\"SetupLinkRenewed\"")
			.replacing("deploy@acme.example", uniqueAddress("unknown-type")));
		publish(TestEvent.of("SetupLinkIssued", orderId).replacing("deploy@acme.example", recipient));

		await().atMost(BOUND).until(() -> mailTo(recipient).size() == 1);
		assertThat(deliveriesOfOrder(orderId)).isEqualTo(1);
	}

	/** The envelope's and the payload's field names, which a consumer relies on. */
	private static Set<String> fieldsOf(String json) {
		JsonNode tree = JsonMapper.builder().build().readTree(json);
		Set<String> fields = new TreeSet<>(tree.propertyNames());
		tree.get("payload").propertyNames().forEach((name) -> fields.add("payload." + name));
		return fields;
	}

	private static List<String> messageIdsIn(String address) throws Exception {
		try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
			store.connect(mail().host(), mail().imapPort(), address, address);
			Folder inbox = store.getFolder("INBOX");
			inbox.open(Folder.READ_ONLY);
			try {
				List<String> ids = new ArrayList<>();
				for (Message message : inbox.getMessages()) {
					ids.add(message.getHeader("Message-ID")[0]);
				}
				return ids;
			}
			finally {
				inbox.close(false);
			}
		}
	}

}
