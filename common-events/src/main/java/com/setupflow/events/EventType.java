package com.setupflow.events;

/**
 * The wire name and schema version of one payload class.
 *
 * @param name the name written in the envelope's {@code type} field
 * @param schemaVersion incremented only for an incompatible change (a new optional field
 * is compatible)
 * @param payloadClass the record the payload maps to
 */
public record EventType(String name, int schemaVersion, Class<? extends DomainEvent> payloadClass) {

}
