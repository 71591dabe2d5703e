package com.setupflow.events;

import tools.jackson.databind.JsonNode;

/**
 * An event whose type this build does not know yet. A newer producer may publish types an
 * older consumer has never heard of; the consumer skips them instead of failing.
 *
 * @param type the type name found on the wire
 * @param payload the payload as received
 */
public record UnknownEvent(String type, JsonNode payload) implements DomainEvent {

}
