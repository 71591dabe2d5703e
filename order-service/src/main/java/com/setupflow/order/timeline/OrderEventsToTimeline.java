package com.setupflow.order.timeline;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.setupflow.events.order.DeploymentContactChanged;
import com.setupflow.events.order.OrderCancelled;
import com.setupflow.events.order.OrderClosed;
import com.setupflow.events.order.OrderEvent;
import com.setupflow.events.order.OrderPlaced;
import com.setupflow.events.order.OrderStalled;
import com.setupflow.events.order.RequestedStartDateChanged;
import com.setupflow.events.order.SetupDue;
import com.setupflow.events.order.SetupResendRequested;

/**
 * Puts the order's own events on its timeline, in the transaction that caused them.
 */
@Component
class OrderEventsToTimeline {

	private final Timeline timeline;

	private final Clock clock;

	OrderEventsToTimeline(Timeline timeline, Clock clock) {
		this.timeline = timeline;
		this.clock = clock;
	}

	@EventListener
	void on(OrderEvent event) {
		Entry entry = entryFor(event);
		this.timeline.record(event.orderId(), this.clock.instant(), entry.kind(), entry.detail(), null);
	}

	/** The timeline entry an order event makes: also used by set-wise writers. */
	static Entry entryFor(OrderEvent event) {
		if (event instanceof OrderPlaced) {
			return new Entry("RECEIVED", "Order received from the commerce system");
		}
		if (event instanceof SetupDue) {
			return new Entry("INVITED", "Start date reached; setup invitation requested");
		}
		if (event instanceof OrderStalled stalled) {
			return new Entry("STALLED", "Setup not started; account rep " + stalled.accountRepEmail() + " alerted");
		}
		if (event instanceof OrderCancelled cancelled) {
			return new Entry("CANCELLED",
					(cancelled.reason() != null) ? "Cancelled: " + cancelled.reason() : "Cancelled");
		}
		if (event instanceof OrderClosed) {
			return new Entry("CLOSED", "Closed: not provisioned within the product's open window");
		}
		if (event instanceof DeploymentContactChanged changed) {
			return new Entry("CONTACT_CHANGED", "Contact changed to " + changed.newEmail());
		}
		if (event instanceof RequestedStartDateChanged changed) {
			return new Entry("START_DATE_CHANGED", "Start date moved to " + changed.newDate());
		}
		if (event instanceof SetupResendRequested resend) {
			return new Entry("RESEND_REQUESTED", "Setup email resend requested by " + resend.requestedBy());
		}
		throw new IllegalArgumentException("No timeline entry for " + event.getClass().getSimpleName());
	}

	record Entry(String kind, String detail) {
	}

}
