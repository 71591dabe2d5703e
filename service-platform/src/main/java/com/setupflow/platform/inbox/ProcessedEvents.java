package com.setupflow.platform.inbox;

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

}
