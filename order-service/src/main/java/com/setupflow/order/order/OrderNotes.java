package com.setupflow.order.order;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.setupflow.order.timeline.Timeline;
import com.setupflow.platform.web.NotFoundException;

/**
 * Notes people add to an order (an account rep's "called the partner, will set up
 * Monday"). They live on the order's timeline.
 */
@Service
public class OrderNotes {

	private final OrderRepository orders;

	private final Timeline timeline;

	private final Clock clock;

	OrderNotes(OrderRepository orders, Timeline timeline, Clock clock) {
		this.orders = orders;
		this.timeline = timeline;
		this.clock = clock;
	}

	@Transactional
	public void add(UUID orderId, String author, String text) {
		if (!this.orders.existsById(orderId)) {
			throw new NotFoundException("Order", orderId);
		}
		this.timeline.record(orderId, this.clock.instant(), "NOTE", author + ": " + text, null);
	}

}
