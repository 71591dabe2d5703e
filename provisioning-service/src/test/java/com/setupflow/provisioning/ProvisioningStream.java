package com.setupflow.provisioning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.setupflow.events.EventEnvelope;
import com.setupflow.events.EventJson;
import com.setupflow.events.Topics;
import com.setupflow.testsupport.KafkaTestConsumer;

import org.awaitility.Awaitility;

/**
 * The provisioning topic as one test sees it: the events of one order, read from the real
 * topic from the moment the stream was opened.
 */
public final class ProvisioningStream implements AutoCloseable {

	private static final Duration BOUND = Duration.ofSeconds(30);

	private final KafkaTestConsumer consumer = KafkaTestConsumer.fromEnd(Topics.PROVISIONING);

	private final JdbcClient jdbc;

	public ProvisioningStream(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Waits until at least {@code count} events of {@code type} about the order arrived.
	 * @return those events, oldest first
	 */
	public List<EventEnvelope> await(UUID orderId, String type, int count) {
		Awaitility.await().atMost(BOUND).until(() -> {
			this.consumer.pollFor(Duration.ofMillis(50));
			return received(orderId, type).size() >= count;
		});
		return received(orderId, type);
	}

	/**
	 * Every event about the order, once all it caused so far is on the topic: the outbox
	 * holds exactly what the service emitted, so once it is published and received, a
	 * count is final rather than "none yet".
	 * @return the events, oldest first
	 */
	public List<EventEnvelope> settled(UUID orderId) {
		Awaitility.await().atMost(BOUND).until(() -> unpublished(orderId) == 0);
		long emitted = emitted(orderId);
		Awaitility.await().atMost(BOUND).until(() -> {
			this.consumer.pollFor(Duration.ofMillis(50));
			return received(orderId).size() >= emitted;
		});
		return received(orderId);
	}

	/** The settled events of one type about the order. */
	public List<EventEnvelope> settled(UUID orderId, String type) {
		return settled(orderId).stream().filter((event) -> event.type().equals(type)).toList();
	}

	/**
	 * {@link #settled(UUID)} for many orders at once, as a burst needs.
	 * @return the events of each order, oldest first; an empty list for an order without
	 */
	public Map<UUID, List<EventEnvelope>> settled(Collection<UUID> orderIds) {
		UUID[] ids = orderIds.toArray(UUID[]::new);
		Awaitility.await().atMost(BOUND).until(() -> unpublished(ids) == 0);
		long emitted = emitted(ids);
		Awaitility.await().atMost(BOUND).until(() -> {
			this.consumer.pollFor(Duration.ofMillis(50));
			return received(orderIds).size() >= emitted;
		});
		Map<UUID, List<EventEnvelope>> byOrder = new HashMap<>();
		orderIds.forEach((orderId) -> byOrder.put(orderId, new ArrayList<>()));
		received(orderIds).forEach((event) -> byOrder.get(UUID.fromString(event.aggregateId())).add(event));
		return byOrder;
	}

	@Override
	public void close() {
		this.consumer.close();
	}

	private List<EventEnvelope> received(UUID orderId, String type) {
		return received(orderId).stream().filter((event) -> event.type().equals(type)).toList();
	}

	private List<EventEnvelope> received(UUID orderId) {
		return this.consumer.records()
			.stream()
			.filter((record) -> orderId.toString().equals(record.key()))
			.map((record) -> EventJson.read(record.value()))
			.toList();
	}

	private List<EventEnvelope> received(Collection<UUID> orderIds) {
		Set<String> keys = orderIds.stream().map(UUID::toString).collect(Collectors.toSet());
		return this.consumer.records()
			.stream()
			.filter((record) -> keys.contains(record.key()))
			.map((record) -> EventJson.read(record.value()))
			.toList();
	}

	private long emitted(UUID[] orderIds) {
		return this.jdbc
			.sql("select count(*) from outbox_event where topic = ? and message_key = any(?::uuid[]::text[])")
			.params(Topics.PROVISIONING, orderIds)
			.query(Long.class)
			.single();
	}

	private long unpublished(UUID[] orderIds) {
		return this.jdbc
			.sql("select count(*) from outbox_event where topic = ? and message_key = any(?::uuid[]::text[])"
					+ " and published_at is null")
			.params(Topics.PROVISIONING, orderIds)
			.query(Long.class)
			.single();
	}

	private long emitted(UUID orderId) {
		return this.jdbc.sql("select count(*) from outbox_event where topic = ? and message_key = ?")
			.params(Topics.PROVISIONING, orderId.toString())
			.query(Long.class)
			.single();
	}

	private long unpublished(UUID orderId) {
		return this.jdbc
			.sql("select count(*) from outbox_event where topic = ? and message_key = ? and published_at is null")
			.params(Topics.PROVISIONING, orderId.toString())
			.query(Long.class)
			.single();
	}

}
