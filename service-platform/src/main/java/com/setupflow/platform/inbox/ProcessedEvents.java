package com.setupflow.platform.inbox;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.setupflow.events.EventEnvelope;

/**
 * The memory of idempotent consumers: which events each consumer has already applied.
 */
public class ProcessedEvents {

	private final JdbcClient jdbc;

	public ProcessedEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records that {@code consumer} applies this event, in the transaction that applies
	 * it.
	 * @return {@code false} when the event was applied before: the caller must do nothing
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean firstDelivery(EventEnvelope envelope, String consumer) {
		int inserted = this.jdbc
			.sql("insert into processed_event (consumer, event_id, event_type) values (?, ?, ?)"
					+ " on conflict do nothing")
			.params(consumer, envelope.eventId(), envelope.type())
			.update();
		return inserted == 1;
	}

	/**
	 * {@link #firstDelivery} for many events in one statement, for consumers that apply a
	 * batch set-wise.
	 * @return the ids of the events not applied before: only those may be applied now
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Set<UUID> firstDeliveries(List<EventEnvelope> envelopes, String consumer) {
		if (envelopes.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(this.jdbc
			.sql("insert into processed_event (consumer, event_id, event_type)"
					+ " select ?, delivered.id, delivered.type from unnest(?::uuid[], ?::text[]) as delivered(id, type)"
					+ " on conflict do nothing returning event_id")
			.params(consumer, envelopes.stream().map(EventEnvelope::eventId).toArray(UUID[]::new),
					envelopes.stream().map(EventEnvelope::type).toArray(String[]::new))
			.query(UUID.class)
			.list());
	}

}
