package com.setupflow.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What travels on every topic: the payload plus the facts needed to order, trace and
 * de-duplicate it.
 *
 * @param eventId unique per event; consumers record it to ignore redeliveries
 * @param type the payload's wire name, see {@link EventTypes}
 * @param schemaVersion the payload's schema version
 * @param occurredAt when the fact happened (not when it was published)
 * @param aggregateId the entity the event belongs to; also the Kafka key
 * @param correlationId the order or subscription the whole chain of events serves
 * @param causationId the event or request that caused this event
 * @param payload the event itself
 */
public record EventEnvelope(UUID eventId, String type, int schemaVersion, Instant occurredAt, String aggregateId,
		String correlationId, String causationId, DomainEvent payload) {

	public EventEnvelope {
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(aggregateId, "aggregateId");
		Objects.requireNonNull(payload, "payload");
	}

	/**
	 * Wraps a new event with a fresh event id.
	 */
	public static EventEnvelope wrap(DomainEvent payload, String aggregateId, String correlationId, String causationId,
			Instant occurredAt) {
		EventType type = EventTypes.of(payload);
		return new EventEnvelope(UUID.randomUUID(), type.name(), type.schemaVersion(), occurredAt, aggregateId,
				correlationId, causationId, payload);
	}

	/**
	 * The payload as the given type, for consumers that switch on the sealed stream
	 * interface.
	 */
	public <T extends DomainEvent> T payloadAs(Class<T> type) {
		return type.cast(this.payload);
	}

}
