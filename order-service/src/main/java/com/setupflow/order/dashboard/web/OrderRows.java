package com.setupflow.order.dashboard.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.setupflow.order.order.Order;
import com.setupflow.order.timeline.Timeline;
import com.setupflow.order.timeline.TimelineEntry;

/**
 * Turns orders into dashboard rows: days overdue from the injected clock, times in each
 * order's zone, the last email and an open partner organisation dispute from the timeline
 * (one query each per page, the second only when a row has a dispute).
 */
@Component
class OrderRows {

	private final Timeline timeline;

	private final Clock clock;

	OrderRows(Timeline timeline, Clock clock) {
		this.timeline = timeline;
		this.clock = clock;
	}

	List<OrderRow> of(List<Order> orders) {
		Map<UUID, TimelineEntry> lastEmails = this.timeline.latest(orders.stream().map(Order::id).toList(),
				"EMAIL_SENT", "EMAIL_FAILED");
		Map<UUID, TimelineEntry> disputes = this.timeline.latest(
				orders.stream().filter(Order::hasOpenPartnerOrgDispute).map(Order::id).toList(),
				"PARTNER_ORG_DISPUTED");
		return orders.stream()
			.map((order) -> row(order, lastEmails.get(order.id()), disputes.get(order.id())))
			.toList();
	}

	OrderRow of(Order order) {
		return of(List.of(order)).get(0);
	}

	private OrderRow row(Order order, TimelineEntry lastEmail, TimelineEntry dispute) {
		ZoneId zone = ZoneId.of(order.timeZone());
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), zone);
		long daysOverdue = Math.max(0, ChronoUnit.DAYS.between(order.requestedStartDate(), today));
		OrderRow.LastEmail email = (lastEmail != null) ? new OrderRow.LastEmail("EMAIL_FAILED".equals(lastEmail.kind()),
				lastEmail.detail(), at(lastEmail.occurredAt(), zone)) : null;
		return new OrderRow(order.id(), order.orderNumber(), order.status(), order.partnerName(), order.customerName(),
				order.requestedStartDate(), order.timeZone(), daysOverdue, order.deploymentContactEmail(),
				at(order.setupStartedAt(), zone), at(order.stalledAt(), zone), email, dispute(order, dispute, zone));
	}

	private static OrderRow.Dispute dispute(Order order, TimelineEntry entry, ZoneId zone) {
		if (!order.hasOpenPartnerOrgDispute()) {
			return null;
		}
		return new OrderRow.Dispute((entry != null) ? entry.detail() : null, at(order.partnerOrgDisputedAt(), zone));
	}

	/** The order's timeline, oldest first, its times in the order's zone. */
	List<TimelineRow> timeline(Order order) {
		ZoneId zone = ZoneId.of(order.timeZone());
		return this.timeline.of(order.id())
			.stream()
			.map((entry) -> new TimelineRow(at(entry.occurredAt(), zone), entry.kind(), entry.detail()))
			.toList();
	}

	static ZonedDateTime at(Instant instant, ZoneId zone) {
		return (instant != null) ? instant.atZone(zone) : null;
	}

}
