package com.setupflow.order.timer;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.DisposableBean;
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
public class TimerSweep implements DisposableBean {

	private final DueTimers timers;

	private final SetWiseInvitations invitations;

	private final OrderRepository orders;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final TimerSettings settings;

	private final Clock clock;

	private final Counter fired;

	/** Runs the sweep's extra streams; the sweeping thread itself runs the first. */
	private final ExecutorService helpers;

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
		this.helpers = Executors.newFixedThreadPool(Math.max(1, settings.sweepThreads() - 1), (task) -> {
			Thread thread = new Thread(task, "timer-sweep-helper");
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Fires what is due now, in {@code sweepThreads} parallel streams of batches: one
	 * stream spends much of its time waiting for PostgreSQL (round trips, the commit's
	 * flush), time another stream can use. SKIP LOCKED keeps the streams apart.
	 * @return how many timers fired
	 */
	public int sweepDue() {
		List<Future<Integer>> streams = new ArrayList<>();
		for (int i = 1; i < this.settings.sweepThreads(); i++) {
			streams.add(this.helpers.submit(this::fireUntilDrained));
		}
		int total = fireUntilDrained();
		for (Future<Integer> stream : streams) {
			total += join(stream);
		}
		this.fired.increment(total);
		return total;
	}

	/** Fires batches until one comes back short: nothing more is due. */
	private int fireUntilDrained() {
		int total = 0;
		int batch;
		do {
			batch = this.transactions.execute((status) -> fireBatch(this.clock.instant()));
			total += batch;
		}
		while (batch == this.settings.batchSize());
		return total;
	}

	private static int join(Future<Integer> stream) {
		try {
			return stream.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while sweeping timers", ex);
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
					: new IllegalStateException("Sweeping timers failed", ex.getCause());
		}
	}

	@Override
	public void destroy() {
		this.helpers.shutdownNow();
	}

	private int fireBatch(Instant now) {
		List<DueTimer> due = this.timers.claimDue(now, this.settings.batchSize());
		if (due.isEmpty()) {
			return 0;
		}
		// An order an API call holds is left for the next sweep: waiting for it
		// here could deadlock with that call, which in turn waits for this order's
		// timer rows.
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
