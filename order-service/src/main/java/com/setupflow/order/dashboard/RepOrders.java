package com.setupflow.order.dashboard;

import java.util.UUID;

import org.springframework.stereotype.Service;

import com.setupflow.order.order.Order;
import com.setupflow.order.order.OrderChanges;
import com.setupflow.order.order.OrderNotes;
import com.setupflow.order.order.OrderQueries;
import com.setupflow.order.order.OrderQueries.OrderPage;
import com.setupflow.order.order.OrderRepository;
import com.setupflow.platform.web.NotFoundException;

/**
 * The orders an account rep may see and act on: those naming them as account rep. Another
 * rep's order is "not found", so its existence does not leak either.
 */
@Service
public class RepOrders {

	private final OrderRepository orders;

	private final OrderQueries queries;

	private final OrderChanges changes;

	private final OrderNotes notes;

	RepOrders(OrderRepository orders, OrderQueries queries, OrderChanges changes, OrderNotes notes) {
		this.orders = orders;
		this.queries = queries;
		this.changes = changes;
		this.notes = notes;
	}

	/** The rep's stalled orders, the longest stalled first. */
	public OrderPage stalled(String repEmail, int page, int size) {
		return this.queries.stalledFor(repEmail, page, size);
	}

	/**
	 * The rep's orders whose partner organisation was not recognised, waiting for the
	 * rep, the longest waiting first.
	 */
	public OrderPage disputed(String repEmail, int size) {
		return this.queries.disputedFor(repEmail, 0, size);
	}

	/**
	 * One of the rep's orders, whatever its status.
	 * @throws NotFoundException when there is no such order or it is another rep's
	 */
	public Order find(String repEmail, UUID orderId) {
		return this.orders.findById(orderId)
			.filter((order) -> order.accountRepEmail().equalsIgnoreCase(repEmail))
			.orElseThrow(() -> new NotFoundException("Order", orderId));
	}

	// Each action checks ownership before the change's own transaction: an order's
	// account rep never changes, so the answer cannot go stale in between.

	/** Asks for the setup email again; the rep is recorded as who asked. */
	public Order resendSetupEmail(String repEmail, UUID orderId) {
		find(repEmail, orderId);
		return this.changes.resendSetupEmail(orderId, repEmail);
	}

	public Order changeDeploymentContact(String repEmail, UUID orderId, String email) {
		find(repEmail, orderId);
		return this.changes.changeDeploymentContact(orderId, email.trim());
	}

	/** Adds a note to the order's timeline, signed with the rep's email. */
	public void addNote(String repEmail, UUID orderId, String text) {
		find(repEmail, orderId);
		this.notes.add(orderId, repEmail, text.strip());
	}

}
