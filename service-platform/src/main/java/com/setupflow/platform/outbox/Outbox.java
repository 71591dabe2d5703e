package com.setupflow.platform.outbox;

import java.sql.Timestamp;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.setupflow.events.EventEnvelope;
import com.setupflow.events.EventJson;
import com.setupflow.platform.logging.Correlation;

/**
 * Records an event in the caller's transaction, so the state change and the event commit
 * or roll back together. The {@link OutboxRelay} publishes it after commit.
 */
public class Outbox {

	private static final Logger logger = LoggerFactory.getLogger(Outbox.class);

	private static final String INSERT = "insert into outbox_event"
			+ " (event_id, topic, message_key, event_type, payload, occurred_at) values (?, ?, ?, ?, ?, ?)";

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final OutboxRelay relay;

	private final MeterRegistry meters;

	public Outbox(JdbcClient jdbc, JdbcTemplate batches, OutboxRelay relay, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.relay = relay;
		this.meters = meters;
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
		logRecorded(envelope);
		afterCommit(List.of(envelope));
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
		envelopes.forEach(Outbox::logRecorded);
		afterCommit(envelopes);
	}

	/**
	 * One line per event, under its order's or subscription's correlation id: following
	 * one order through the services is a search for its id in their logs.
	 */
	private static void logRecorded(EventEnvelope envelope) {
		if (logger.isInfoEnabled()) {
			try (Correlation.Scope scope = Correlation.open(envelope)) {
				logger.info("Recorded {} {} about {}", envelope.type(), envelope.eventId(), envelope.aggregateId());
			}
		}
	}

	/**
	 * Publishing right after commit keeps latency low; the relay's poll is the fallback.
	 * Events are counted once committed, by type ({@code setupflow.events.recorded}): the
	 * business counters every service shows (orders placed, stalled, links issued,
	 * billing started, emails sent and failed) without a counter of its own for each.
	 */
	private void afterCommit(List<EventEnvelope> envelopes) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				envelopes.forEach((envelope) -> Counter.builder("setupflow.events.recorded")
					.description("Events committed to the outbox, by type")
					.tag("type", envelope.type())
					.register(Outbox.this.meters)
					.increment());
				Outbox.this.relay.wakeUp();
			}
		});
	}

}
