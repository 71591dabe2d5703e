package com.setupflow.order.order;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.setupflow.platform.web.NotFoundException;

/**
 * Changes the commerce system asks for after placing an order.
 */
@Service
public class OrderChanges {

	private final OrderRepository orders;

	private final Clock clock;

	OrderChanges(OrderRepository orders, Clock clock) {
		this.orders = orders;
		this.clock = clock;
	}

	@Transactional
	public Order cancel(UUID orderId, String reason) {
		Order order = find(orderId);
		order.cancel(reason, this.clock.instant());
		return this.orders.save(order);
	}

	@Transactional
	public Order changeDeploymentContact(UUID orderId, String email) {
		Order order = find(orderId);
		order.changeDeploymentContact(email, this.clock.instant());
		return this.orders.save(order);
	}

	private Order find(UUID orderId) {
		return this.orders.findById(orderId).orElseThrow(() -> new NotFoundException("Order", orderId));
	}

}
