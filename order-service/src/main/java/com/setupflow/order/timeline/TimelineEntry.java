package com.setupflow.order.timeline;

import java.time.Instant;

/**
 * One thing that happened to an order.
 *
 * @param occurredAt when
 * @param kind what, e.g. {@code RECEIVED}, {@code INVITED}, {@code EMAIL_SENT}
 * @param detail for a person: who, to whom, why
 */
public record TimelineEntry(Instant occurredAt, String kind, String detail) {

}
