package com.setupflow.order.order;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import com.setupflow.events.EventEnvelope;
import com.setupflow.events.EventJson;
import com.setupflow.events.Topics;
import com.setupflow.events.order.OrderPlaced;
import com.setupflow.order.support.HttpApi.Response;
import com.setupflow.order.support.OrderServiceTest;
import com.setupflow.platform.outbox.OutboxRelay;
import com.setupflow.order.support.Orders;
import com.setupflow.testsupport.KafkaTestConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What reaches Kafka is exactly what was committed: the outbox relay publishes committed
 * orders once each, in order per order, and a rolled-back transaction publishes nothing.
 */
class OrderEventPublishingTests extends OrderServiceTest {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@Autowired
	private OrderRepository orders;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private OutboxRelay relay;

	private KafkaTestConsumer topic;

	@BeforeEach
	void listenFromNow() {
		this.topic = KafkaTestConsumer.fromEnd(Topics.ORDERS);
	}

	@AfterEach
	void stopListening() {
		this.topic.close();
	}

	@Test
	void publishesExactlyTheCommittedOrdersOnceEachKeyedByOrderId() {
		List<String> placed = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			String body = Orders.valid("CCW-500%03d".formatted(i), TODAY.plusDays(1));
			Response response = this.api.post("/api/v1/orders", body);
			placed.add(response.json().path("id").asString());
			// A replay and a rejected body commit nothing new.
			this.api.post("/api/v1/orders", body);
			this.api.post("/api/v1/orders", body.replace("250", "0"));
		}
		String marker = placeMarker();

		List<ConsumerRecord<String, String>> records = awaitUntilSeen(marker);

		List<ConsumerRecord<String, String>> ours = records.stream()
			.filter((record) -> placed.contains(record.key()))
			.toList();
		assertThat(ours).extracting(ConsumerRecord::key).containsExactlyElementsOf(placed);
		assertThat(ours).allSatisfy((record) -> {
			EventEnvelope envelope = EventJson.read(record.value());
			assertThat(envelope.payload()).isInstanceOf(OrderPlaced.class);
			assertThat(envelope.aggregateId()).isEqualTo(record.key());
			assertThat(envelope.correlationId()).isEqualTo(record.key());
			assertThat(envelope.payloadAs(OrderPlaced.class).orderId().toString()).isEqualTo(record.key());
		});
		assertThat(ours).extracting((record) -> EventJson.read(record.value()).eventId()).doesNotHaveDuplicates();
	}

	@Test
	void publishesNothingForARolledBackTransaction() {
		NewOrder order = new NewOrder("CCW-510001", "P-1001", "Acme Networks", null, List.of(new OrderItem("A-WX", 5)),
				TODAY.plusDays(1), "UTC", "deploy@acme.example", "rep@vendor.example", null);
		UUID rolledBack = this.transactions.execute((status) -> {
			Order saved = this.orders.save(Order.place(order, "en", "f".repeat(64), this.clock.instant()));
			status.setRollbackOnly();
			return saved.id();
		});
		String marker = placeMarker();

		List<ConsumerRecord<String, String>> records = awaitUntilSeen(marker);

		assertThat(records).extracting(ConsumerRecord::key).doesNotContain(rolledBack.toString());
		assertThat(this.orders.findById(rolledBack)).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from outbox_event where message_key = ?")
			.param(rolledBack.toString())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void publishesAnOrdersEventsInTheOrderTheyHappened() {
		String id = this.api.post("/api/v1/orders", Orders.valid("CCW-520001", TODAY.plusDays(1)))
			.json()
			.path("id")
			.asString();
		this.api.put("/api/v1/orders/" + id + "/deployment-contact", "{\"email\": \"it-lead@acme.example\"}");
		this.api.post("/api/v1/orders/" + id + "/cancel", "{\"reason\": \"customer withdrew\"}");
		this.api.post("/api/v1/orders/" + id + "/cancel", null);

		List<ConsumerRecord<String, String>> records = awaitUntil((seen) -> seen.stream()
			.anyMatch((record) -> id.equals(record.key()) && record.value().contains("OrderCancelled")));

		assertThat(records).filteredOn((record) -> id.equals(record.key()))
			.extracting((record) -> EventJson.read(record.value()).type())
			.containsExactly("OrderPlaced", "DeploymentContactChanged", "OrderCancelled");
	}

	@Test
	void forgetsPublishedEventsOnlyOnceTheirRetentionPassed() {
		String old = placeMarker();
		String recent = placeMarker();
		awaitUntilSeen(recent);
		ageEventsOf(old, "25 hours");
		ageEventsOf(recent, "23 hours");

		this.relay.deleteExpiredEvents();

		assertThat(eventsOf(old)).isEmpty();
		assertThat(eventsOf(recent)).containsExactly("OrderPlaced");
	}

	private void ageEventsOf(String orderId, String age) {
		this.jdbc
			.sql("update outbox_event set published_at = now() - cast(? as interval) where message_key = ?"
					+ " and published_at is not null")
			.params(age, orderId)
			.update();
	}

	private String placeMarker() {
		Response marker = this.api.post("/api/v1/orders",
				Orders.valid("MARK-" + UUID.randomUUID().toString().substring(0, 8), TODAY.plusDays(1)));
		assertThat(marker.status()).isEqualTo(201);
		return marker.json().path("id").asString();
	}

	/**
	 * Everything received until the marker order's event arrives. One partition and one
	 * relay publish in commit order, so anything committed before the marker is in.
	 */
	private List<ConsumerRecord<String, String>> awaitUntilSeen(String markerId) {
		return awaitUntil((seen) -> seen.stream().anyMatch((record) -> markerId.equals(record.key())));
	}

	private List<ConsumerRecord<String, String>> awaitUntil(Predicate<List<ConsumerRecord<String, String>>> done) {
		return await().atMost(PATIENCE).until(() -> this.topic.pollFor(Duration.ofMillis(100)), done::test);
	}

}
