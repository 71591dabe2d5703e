package com.setupflow.events;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON form of events. Readers ignore fields they do not know, so adding a field
 * never breaks an older consumer.
 */
public final class EventJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
		.build();

	private EventJson() {
	}

	public static String write(EventEnvelope envelope) {
		WireEnvelope wire = new WireEnvelope(envelope.eventId(), envelope.type(), envelope.schemaVersion(),
				envelope.occurredAt(), envelope.aggregateId(), envelope.correlationId(), envelope.causationId(),
				payloadTree(envelope.payload()));
		return MAPPER.writeValueAsString(wire);
	}

	/**
	 * Reads an envelope; a type this build does not know comes back as an
	 * {@link UnknownEvent} payload rather than an error.
	 * @throws MalformedEventException when the text is not an event envelope
	 */
	public static EventEnvelope read(String json) {
		try {
			WireEnvelope wire = MAPPER.readValue(json, WireEnvelope.class);
			if (wire.type() == null || wire.payload() == null) {
				throw new MalformedEventException("Envelope without type or payload: " + abbreviate(json));
			}
			DomainEvent payload = EventTypes.byName(wire.type())
				.<DomainEvent>map((type) -> MAPPER.treeToValue(wire.payload(), type.payloadClass()))
				.orElseGet(() -> new UnknownEvent(wire.type(), wire.payload()));
			return new EventEnvelope(wire.eventId(), wire.type(), wire.schemaVersion(), wire.occurredAt(),
					wire.aggregateId(), wire.correlationId(), wire.causationId(), payload);
		}
		catch (JacksonException | NullPointerException ex) {
			throw new MalformedEventException("Unreadable event: " + abbreviate(json), ex);
		}
	}

	private static JsonNode payloadTree(DomainEvent payload) {
		if (payload instanceof UnknownEvent unknown) {
			return unknown.payload();
		}
		return MAPPER.valueToTree(payload);
	}

	private static String abbreviate(String json) {
		return (json.length() > 200) ? json.substring(0, 200) + "..." : json;
	}

	private record WireEnvelope(UUID eventId, String type, int schemaVersion, Instant occurredAt, String aggregateId,
			String correlationId, String causationId, JsonNode payload) {
	}

}
