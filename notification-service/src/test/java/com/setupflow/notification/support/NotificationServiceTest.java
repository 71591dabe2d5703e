package com.setupflow.notification.support;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.setupflow.embedded.MailServer;
import com.setupflow.embedded.ReceivedMail;
import com.setupflow.events.EventEnvelope;
import com.setupflow.events.EventJson;
import com.setupflow.events.notification.NotificationEvent;
import com.setupflow.testsupport.KafkaTestConsumer;
import com.setupflow.testsupport.MutableClock;
import com.setupflow.testsupport.KafkaTestProducer;
import com.setupflow.testsupport.SharedInfrastructure;

import static org.awaitility.Awaitility.await;

/**
 * Base of the integration tests: the whole service on a random port, against the shared
 * PostgreSQL, Kafka broker and SMTP server, with a clock the tests move. Every
 * integration test extends it so they share one application context: two contexts would
 * be two members of the consumer group, each getting half the records.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "setupflow.mail.retry.max-attempts=" + NotificationServiceTest.MAX_ATTEMPTS,
				"setupflow.mail.sender.poll-interval=100ms" })
@Import(NotificationTestBeans.class)
public abstract class NotificationServiceTest {

	/** Small, so a test reaches the last try in a few clock moves. */
	public static final int MAX_ATTEMPTS = 4;

	public static final Duration BOUND = Duration.ofSeconds(30);

	/** Just after the pinned fixtures' events; tests only ever move it forward. */
	public static final Instant START = Instant.parse("2026-12-01T00:00:00Z");

	@LocalServerPort
	private int port;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected MutableClock clock;

	protected RestTestClient http;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		SharedInfrastructure.register(registry, "notifications");
	}

	@BeforeEach
	void connect() {
		this.http = RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	protected static MailServer mail() {
		return SharedInfrastructure.mail();
	}

	protected static List<ReceivedMail> mailTo(String address) {
		return mail().messagesTo(address);
	}

	/** A recipient no other test writes to. */
	protected static String uniqueAddress(String name) {
		return name + "-" + UUID.randomUUID() + "@acme.example";
	}

	/**
	 * Publishes the event to its topic keyed by its aggregate id (an order's, a
	 * subscription's or a user's), as the producing service's relay does, and waits for
	 * the broker's acknowledgement.
	 */
	protected static void publish(TestEvent event) {
		publishAll(List.of(event));
	}

	/**
	 * Publishes the events in one burst, as a relay flushing its outbox does, so the
	 * service polls many of them at once; waits for every acknowledgement.
	 */
	protected static void publishAll(List<TestEvent> events) {
		KafkaTestProducer.publishAll(events.stream()
			.map((event) -> new ProducerRecord<>(event.topic(), event.aggregateId().toString(), event.json()))
			.toList());
	}

	/**
	 * Whether the service has handled the event (queued, skipped or ignored its email).
	 */
	protected boolean processed(TestEvent event) {
		return this.jdbc.sql("select count(*) from processed_event where event_id = ?")
			.param(event.eventId())
			.query(Long.class)
			.single() > 0;
	}

	protected void awaitProcessed(TestEvent event) {
		await().atMost(BOUND).until(() -> processed(event));
	}

	protected Map<String, Object> deliveryOf(TestEvent cause) {
		return this.jdbc.sql("select * from delivery_log where cause_event_id = ?")
			.param(cause.eventId())
			.query()
			.singleRow();
	}

	protected long deliveriesOfOrder(UUID orderId) {
		return deliveriesOf(orderId);
	}

	/** The delivery-log rows about an order, a subscription or an invited user. */
	protected long deliveriesOf(UUID correlationId) {
		return this.jdbc.sql("select count(*) from delivery_log where correlation_id = ?")
			.param(correlationId)
			.query(Long.class)
			.single();
	}

	/**
	 * The notification events about {@code cause} read so far, polling until at least
	 * {@code count} have arrived.
	 */
	protected static List<EventEnvelope> awaitNotifications(KafkaTestConsumer notifications, TestEvent cause,
			int count) {
		await().atMost(BOUND)
			.pollInSameThread()
			.until(() -> notificationsAbout(notifications.pollFor(Duration.ofMillis(100)), cause).size() >= count);
		return notificationsAbout(notifications.records(), cause);
	}

	private static List<EventEnvelope> notificationsAbout(
			List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> records, TestEvent cause) {
		return records.stream()
			.map((record) -> EventJson.read(record.value()))
			.filter((envelope) -> envelope.payload() instanceof NotificationEvent event
					&& event.causeEventId().equals(cause.eventId()))
			.toList();
	}

}
