package com.setupflow.order.dashboard.web;

import java.time.ZonedDateTime;

/**
 * One timeline entry as the order's page shows it.
 *
 * @param at when, in the order's zone
 * @param kind what, e.g. {@code NOTE}; the page translates it
 * @param detail for a person: who, to whom, why
 */
public record TimelineRow(ZonedDateTime at, String kind, String detail) {

}
