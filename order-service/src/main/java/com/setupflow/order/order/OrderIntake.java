package com.setupflow.order.order;

import java.time.Clock;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Places orders exactly once per order number. The same request again returns the order
 * it placed; the same number with a different body is a conflict. A repeated number,
 * concurrent or not, loses on the unique order number and reads the order that won.
 */
@Service
public class OrderIntake {

	private final OrderRepository orders;

	private final PartnerLocales partnerLocales;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Counter received;

	OrderIntake(OrderRepository orders, PartnerLocales partnerLocales, TransactionTemplate transactions, Clock clock,
			MeterRegistry meters) {
		this.orders = orders;
		this.partnerLocales = partnerLocales;
		this.transactions = transactions;
		this.clock = clock;
		this.received = Counter.builder("setupflow.orders.received")
			.description("Orders accepted from the commerce system (replays not counted)")
			.register(meters);
	}

	/**
	 * Places the order, or finds the one this same request placed before.
	 * @throws OrderNumberConflictException when the number belongs to a different order
	 */
	public Placement place(NewOrder order) {
		String fingerprint = OrderFingerprint.of(order);
		// No look-up first: nearly every order is new, and the unique order number
		// tells a replay anyway. The look-up (a derived query, its SQL built per call)
		// was a fifth of the intake's CPU (benchmark, docs/benchmarks.md).
		try {
			Order placed = this.transactions.execute((status) -> this.orders
				.save(Order.place(order, this.partnerLocales.resolve(order), fingerprint, this.clock.instant())));
			this.received.increment();
			return new Placement(placed, true);
		}
		catch (RuntimeException ex) {
			if (!isDuplicateKey(ex)) {
				throw ex;
			}
			return replayOf(order.orderNumber(), fingerprint).orElseThrow(() -> ex);
		}
	}

	private Optional<Placement> replayOf(String orderNumber, String fingerprint) {
		return this.orders.findByOrderNumber(orderNumber).map((existing) -> {
			if (!existing.placedBy(fingerprint)) {
				throw new OrderNumberConflictException(orderNumber);
			}
			return new Placement(existing, false);
		});
	}

	/** Spring Data JDBC wraps the driver's unique violation; look through the causes. */
	private static boolean isDuplicateKey(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DuplicateKeyException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The order an intake request resolved to.
	 *
	 * @param order the order
	 * @param created {@code true} when this request placed it, {@code false} for a replay
	 */
	public record Placement(Order order, boolean created) {
	}

}
