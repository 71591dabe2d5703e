package com.setupflow.events;

/**
 * A fact that happened to one aggregate: an immutable, past-tense record. Each stream has
 * a sealed sub-interface listing its events (for example
 * {@link com.setupflow.events.order.OrderEvent}).
 */
public interface DomainEvent {

}
