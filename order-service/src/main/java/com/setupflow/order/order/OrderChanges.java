package com.setupflow.order.order;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.setupflow.platform.web.NotFoundException;

/**
 * Changes asked for after an order was placed, by the commerce system or an account rep.
 * Each locks the order, so it never races a timer firing on the same order.
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
		Order order = lock(orderId);
		order.cancel(reason, this.clock.instant());
		return this.orders.save(order);
	}

	@Transactional
	public Order changeDeploymentContact(UUID orderId, String email) {
		Order order = lock(orderId);
		order.changeDeploymentContact(email, this.clock.instant());
		return this.orders.save(order);
	}

	@Transactional
	public Order changeRequestedStartDate(UUID orderId, LocalDate newDate) {
		Order order = lock(orderId);
		order.changeRequestedStartDate(newDate, this.clock.instant());
		return this.orders.save(order);
	}

	@Transactional
	public Order resendSetupEmail(UUID orderId, String requestedBy) {
		Order order = lock(orderId);
		order.requestSetupResend(requestedBy, this.clock.instant());
		return this.orders.save(order);
	}

	private Order lock(UUID orderId) {
		return this.orders.findLockedById(orderId).orElseThrow(() -> new NotFoundException("Order", orderId));
	}

}
