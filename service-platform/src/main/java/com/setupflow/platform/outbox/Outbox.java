package com.setupflow.platform.outbox;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.setupflow.events.EventEnvelope;
import com.setupflow.events.EventJson;

/**
 * Records an event in the caller's transaction, so the state change and the event commit
 * or roll back together. The {@link OutboxRelay} publishes it after commit.
 */
public class Outbox {

	private static final String INSERT = "insert into outbox_event"
			+ " (event_id, topic, message_key, event_type, payload, occurred_at) values (?, ?, ?, ?, ?, ?)";

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final OutboxRelay relay;

	public Outbox(JdbcClient jdbc, JdbcTemplate batches, OutboxRelay relay) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.relay = relay;
	}

	/**
	 * Appends the event; it is published to {@code topic} keyed by its aggregate id.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void append(String topic, EventEnvelope envelope) {
		this.jdbc
			.sql("insert into outbox_event (event_id, topic, message_key, event_type, payload, occurred_at)"
					+ " values (:eventId, :topic, :key, :type, :payload, :occurredAt)")
			.param("eventId", envelope.eventId())
			.param("topic", topic)
			.param("key", envelope.aggregateId())
			.param("type", envelope.type())
			.param("payload", EventJson.write(envelope))
			.param("occurredAt", java.sql.Timestamp.from(envelope.occurredAt()))
			.update();
		// Publishing right after commit keeps latency low; the relay's poll is the
		// fallback.
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				Outbox.this.relay.wakeUp();
			}
		});
	}

}
