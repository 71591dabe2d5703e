package com.setupflow.order.order;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.setupflow.events.EventEnvelope;
import com.setupflow.events.Topics;
import com.setupflow.events.order.OrderEvent;
import com.setupflow.platform.outbox.Outbox;
import com.setupflow.platform.web.RequestIds;

/**
 * Writes the events an order registers into the outbox. Spring Data publishes them
 * synchronously when the order is saved, so they join the saving transaction.
 */
@Component
class OrderEventsToOutbox {

	private final Outbox outbox;

	private final Clock clock;

	OrderEventsToOutbox(Outbox outbox, Clock clock) {
		this.outbox = outbox;
		this.clock = clock;
	}

	@EventListener
	void on(OrderEvent event) {
		String orderId = event.orderId().toString();
		this.outbox.append(Topics.ORDERS,
				EventEnvelope.wrap(event, orderId, orderId, RequestIds.current(), this.clock.instant()));
	}

}
