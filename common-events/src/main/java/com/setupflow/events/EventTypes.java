package com.setupflow.events;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.setupflow.events.order.DeploymentContactChanged;
import com.setupflow.events.order.OrderCancelled;
import com.setupflow.events.order.OrderPlaced;

/**
 * Every event type this build can read and write. A new event is registered here once.
 */
public final class EventTypes {

	private static final Map<String, EventType> BY_NAME = Stream
		.of(new EventType("OrderPlaced", 1, OrderPlaced.class),
				new EventType("OrderCancelled", 1, OrderCancelled.class),
				new EventType("DeploymentContactChanged", 1, DeploymentContactChanged.class))
		.collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));

	private static final Map<Class<?>, EventType> BY_CLASS = BY_NAME.values()
		.stream()
		.collect(Collectors.toUnmodifiableMap(EventType::payloadClass, Function.identity()));

	private EventTypes() {
	}

	public static Optional<EventType> byName(String name) {
		return Optional.ofNullable(BY_NAME.get(name));
	}

	public static EventType of(DomainEvent payload) {
		EventType type = BY_CLASS.get(payload.getClass());
		if (type == null) {
			throw new IllegalArgumentException("Unregistered event class " + payload.getClass().getName());
		}
		return type;
	}

}
