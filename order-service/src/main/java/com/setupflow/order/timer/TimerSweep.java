package com.setupflow.order.timer;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.setupflow.order.order.Order;
import com.setupflow.order.order.OrderRepository;

/**
 * Fires every due timer once, in batches: each batch claims due rows with SKIP LOCKED,
 * applies them to their orders and records the resulting events in one transaction. Any
 * number of instances may sweep at once; a timer due while every instance was down fires
 * at the first sweep after start.
 */
@Component
public class TimerSweep {

	private final DueTimers timers;

	private final SetWiseInvitations invitations;

	private final OrderRepository orders;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final TimerSettings settings;

	private final Clock clock;

	private final Counter fired;

	TimerSweep(DueTimers timers, SetWiseInvitations invitations, OrderRepository orders, JdbcClient jdbc,
			TransactionTemplate transactions, TimerSettings settings, Clock clock, MeterRegistry meters) {
		this.timers = timers;
		this.invitations = invitations;
		this.orders = orders;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.settings = settings;
		this.clock = clock;
		this.fired = Counter.builder("setupflow.timers.fired").description("Order timers fired").register(meters);
	}

	/**
	 * Fires what is due now.
	 * @return how many timers fired
	 */
	public int sweepDue() {
		int total = 0;
		int batch;
		do {
			batch = this.transactions.execute((status) -> fireBatch(this.clock.instant()));
			total += batch;
		}
		while (batch == this.settings.batchSize());
		this.fired.increment(total);
		return total;
	}

	private int fireBatch(Instant now) {
		List<DueTimer> due = this.timers.claimDue(now, this.settings.batchSize());
		if (due.isEmpty()) {
			return 0;
		}
		// An order an API call holds is left for the next sweep: waiting for it here
		// could
		// deadlock with that call, which in turn waits for this order's timer rows.
		Set<UUID> locked = lockOrders(due.stream().map(DueTimer::orderId).distinct().toList());
		List<DueTimer> firing = due.stream().filter((timer) -> locked.contains(timer.orderId())).toList();
		// Invitations come by the hundred thousand on a busy morning: set-wise. Stall
		// checks and closings go through the order aggregate.
		this.invitations.invite(ofKind(firing, TimerKind.SETUP_DUE), now);
		List<DueTimer> others = firing.stream().filter((timer) -> timer.kind() != TimerKind.SETUP_DUE).toList();
		if (!others.isEmpty()) {
			Map<UUID, Order> byId = this.orders.findAllById(others.stream().map(DueTimer::orderId).distinct().toList())
				.stream()
				.collect(Collectors.toMap(Order::id, Function.identity()));
			for (DueTimer timer : others) {
				apply(timer, byId.get(timer.orderId()), now);
			}
			this.orders.saveAll(byId.values());
		}
		this.timers.markFired(firing, now);
		return firing.size();
	}

	private static List<DueTimer> ofKind(List<DueTimer> timers, TimerKind kind) {
		return timers.stream().filter((timer) -> timer.kind() == kind).toList();
	}

	private static void apply(DueTimer timer, Order order, Instant now) {
		if (timer.kind() == TimerKind.STALL_CHECK) {
			order.markStalledUnlessStarted(now);
		}
		else if (timer.kind() == TimerKind.AUTO_CLOSE) {
			order.closeUnprovisioned(now);
		}
	}

	private Set<UUID> lockOrders(List<UUID> orderIds) {
		return Set.copyOf(this.jdbc.sql("select id from purchase_order where id = any(?) for update skip locked")
			.param(orderIds.toArray(UUID[]::new))
			.query(UUID.class)
			.list());
	}

}
