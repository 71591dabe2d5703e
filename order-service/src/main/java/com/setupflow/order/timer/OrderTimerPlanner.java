package com.setupflow.order.timer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.setupflow.catalogue.Product;
import com.setupflow.catalogue.ProductCatalogue;
import com.setupflow.events.order.OrderCancelled;
import com.setupflow.events.order.OrderClosed;
import com.setupflow.events.order.OrderPlaced;
import com.setupflow.events.order.RequestedStartDateChanged;
import com.setupflow.order.order.InstallationRecorded;
import com.setupflow.order.order.Order;
import com.setupflow.order.order.OrderRepository;

/**
 * Keeps each order's timers in step with the order: listens to the events the order
 * registers, synchronously, so timers change in the transaction that changed the order.
 */
@Component
class OrderTimerPlanner {

	private final DueTimers timers;

	private final TimerSettings settings;

	private final ProductCatalogue catalogue;

	private final OrderRepository orders;

	OrderTimerPlanner(DueTimers timers, TimerSettings settings, ProductCatalogue catalogue, OrderRepository orders) {
		this.timers = timers;
		this.settings = settings;
		this.catalogue = catalogue;
		this.orders = orders;
	}

	@EventListener
	void on(OrderPlaced placed) {
		Instant start = setupDueAt(placed.requestedStartDate(), placed.timeZone());
		this.timers.schedule(placed.orderId(), TimerKind.SETUP_DUE, start);
		this.timers.schedule(placed.orderId(), TimerKind.AUTO_CLOSE, start.plus(longestOpenWindow(placed)));
	}

	@EventListener
	void on(RequestedStartDateChanged changed) {
		Order order = this.orders.findById(changed.orderId()).orElseThrow();
		Instant start = setupDueAt(changed.newDate(), order.timeZone());
		this.timers.schedule(order.id(), TimerKind.SETUP_DUE, start);
		this.timers.schedule(order.id(), TimerKind.AUTO_CLOSE,
				start.plus(longestOpenWindow(order.items().stream().map((item) -> item.sku()).toList())));
	}

	@EventListener
	void on(OrderCancelled cancelled) {
		this.timers.cancelPending(cancelled.orderId());
	}

	@EventListener
	void on(OrderClosed closed) {
		this.timers.cancelPending(closed.orderId());
	}

	/**
	 * An installed order has been set up: nothing is left to stall or to close for want
	 * of setup.
	 */
	@EventListener
	void on(InstallationRecorded installed) {
		this.timers.cancelPending(installed.orderId());
	}

	/** The configured local time on the start date, in the order's zone. */
	private Instant setupDueAt(LocalDate date, String timeZone) {
		return date.atTime(this.settings.setupLocalTime()).atZone(ZoneId.of(timeZone)).toInstant();
	}

	private java.time.Duration longestOpenWindow(OrderPlaced placed) {
		return longestOpenWindow(placed.items().stream().map(OrderPlaced.OrderLine::sku).toList());
	}

	/** An order of several products stays open as long as its most patient product. */
	private java.time.Duration longestOpenWindow(java.util.List<String> skus) {
		return skus.stream()
			.map((sku) -> this.catalogue.find(sku).map(Product::openWindow).orElseThrow())
			.max(java.time.Duration::compareTo)
			.orElseThrow();
	}

}
