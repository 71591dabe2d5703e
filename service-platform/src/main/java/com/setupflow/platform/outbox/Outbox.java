package com.setupflow.platform.outbox;

import java.sql.Timestamp;
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
		this.jdbc.sql(INSERT)
			.params(envelope.eventId(), topic, envelope.aggregateId(), envelope.type(), EventJson.write(envelope),
					Timestamp.from(envelope.occurredAt()))
			.update();
		wakeRelayAfterCommit();
	}

	/**
	 * Appends many events in one round trip to the database: a burst handled set-wise
	 * should not write its events one statement at a time.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void appendAll(String topic, List<EventEnvelope> envelopes) {
		if (envelopes.isEmpty()) {
			return;
		}
		this.batches.batchUpdate(INSERT, envelopes, envelopes.size(), (statement, envelope) -> {
			statement.setObject(1, envelope.eventId());
			statement.setString(2, topic);
			statement.setString(3, envelope.aggregateId());
			statement.setString(4, envelope.type());
			statement.setString(5, EventJson.write(envelope));
			statement.setTimestamp(6, Timestamp.from(envelope.occurredAt()));
		});
		wakeRelayAfterCommit();
	}

	/**
	 * Publishing right after commit keeps latency low; the relay's poll is the fallback.
	 */
	private void wakeRelayAfterCommit() {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				Outbox.this.relay.wakeUp();
			}
		});
	}

}
