package com.setupflow.benchmark;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Order committed to provisioning case created, under an open-loop load: orders are sent
 * on a fixed schedule whatever the answers (asynchronous HTTP, as many connections as it
 * takes), so a slow system meets a growing queue instead of a politely waiting client.
 */
final class LatencyPhase {

	private final Stack stack;

	LatencyPhase(Stack stack) {
		this.stack = stack;
	}

	/**
	 * Sends {@code rate} orders a second for {@code warmup} plus {@code measure}; only
	 * orders scheduled after the warm-up count.
	 */
	Result run(String tag, int rate, Duration warmup, Duration measure) throws Exception {
		CpuMeter cpu = this.stack.cpu();
		CpuMeter.Reading cpuStart = cpu.read();
		OrderLoader loader = new OrderLoader(this.stack.orderApi());
		HttpClient http = loader.http();
		int skipped = (int) (rate * warmup.toSeconds());
		int count = skipped + (int) (rate * measure.toSeconds());
		long period = TimeUnit.SECONDS.toNanos(1) / rate;
		long[] late = new long[count];
		long[] answered = new long[count];
		int[] status = new int[count];
		CountDownLatch done = new CountDownLatch(count);
		long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
		for (int i = 0; i < count; i++) {
			long due = start + i * period;
			for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
				LockSupport.parkNanos(wait);
			}
			int order = i;
			late[i] = System.nanoTime() - due;
			http.sendAsync(loader.request(tag + "-" + i, i), HttpResponse.BodyHandlers.discarding())
				.whenComplete((response, failure) -> {
					answered[order] = System.nanoTime() - due;
					status[order] = (response != null) ? response.statusCode() : -1;
					done.countDown();
				});
		}
		if (!done.await(2, TimeUnit.MINUTES)) {
			throw new IllegalStateException("Orders still unanswered two minutes after the last was sent");
		}
		Cases.await(this.stack, tag);
		CpuMeter.Usage used = cpu.read().since(cpuStart);
		return measure(tag, rate, skipped, period, late, answered, status, used);
	}

	private Result measure(String tag, int rate, int skipped, long period, long[] late, long[] answered, int[] status,
			CpuMeter.Usage cpu) throws SQLException {
		int measured = late.length - skipped;
		long[] answerMillis = new long[measured];
		int accepted = 0;
		long lastAnswer = 0;
		long lateSends = 0;
		for (int i = skipped; i < late.length; i++) {
			answerMillis[i - skipped] = TimeUnit.NANOSECONDS.toMillis(answered[i]);
			accepted += (status[i] == 201) ? 1 : 0;
			lastAnswer = Math.max(lastAnswer, (i - skipped) * period + answered[i]);
			lateSends += (late[i] > TimeUnit.MILLISECONDS.toNanos(10)) ? 1 : 0;
		}
		Legs legs = legs(tag, skipped);
		return new Result(rate, measured, accepted, measured - accepted, accepted / (lastAnswer / 1e9), lateSends,
				Stats.of(answerMillis), legs.total(), legs.toRelay(), legs.fromRelay(), cpu);
	}

	/**
	 * Per measured order, from the databases (one PostgreSQL server, one clock): the
	 * order's {@code created_at} to its case's {@code created_at}, split at the time the
	 * outbox relay began the transaction that published it.
	 */
	private Legs legs(String tag, int skipped) throws SQLException {
		Map<UUID, Instant[]> orders = new HashMap<>();
		try (Connection db = this.stack.database("orders");
				PreparedStatement query = db.prepareStatement("select o.id, o.order_number, o.created_at,"
						+ " e.published_at from purchase_order o join outbox_event e on e.message_key = o.id::text"
						+ " and e.event_type = 'OrderPlaced' where o.order_number like ?")) {
			query.setString(1, tag + "-%");
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					String number = rs.getString(2);
					if (Integer.parseInt(number.substring(number.lastIndexOf('-') + 1)) >= skipped) {
						orders.put(rs.getObject(1, UUID.class),
								new Instant[] { rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant() });
					}
				}
			}
		}
		long[] total = new long[orders.size()];
		long[] toRelay = new long[orders.size()];
		long[] fromRelay = new long[orders.size()];
		int n = 0;
		try (Connection db = this.stack.database("provisioning");
				PreparedStatement query = db
					.prepareStatement("select order_id, created_at from provisioning_case where order_number like ?")) {
			query.setString(1, tag + "-%");
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					Instant[] order = orders.get(rs.getObject(1, UUID.class));
					if (order != null) {
						Instant caseCreated = rs.getTimestamp(2).toInstant();
						total[n] = micros(order[0], caseCreated);
						toRelay[n] = micros(order[0], order[1]);
						fromRelay[n++] = micros(order[1], caseCreated);
					}
				}
			}
		}
		return new Legs(Stats.of(total, n), Stats.of(toRelay, n), Stats.of(fromRelay, n));
	}

	/** The phase's section of the report: one row per rate. */
	static String markdown(List<Result> results, Duration warmup, Duration measure) {
		StringBuilder text = new StringBuilder("## Order to provisioning case\n\n");
		text.append(("Open loop: orders sent on a fixed schedule whatever the answers, %d s per rate after a %d s"
				+ " warm-up at that rate (not counted). Order to case: the order's `purchase_order.created_at` to"
				+ " its `provisioning_case.created_at`, both from the services' clocks (one machine), each taken"
				+ " in its transaction before the insert.%n%n")
			.formatted(measure.toSeconds(), warmup.toSeconds()));
		text.append(Result.header());
		results.forEach((result) -> text.append(result.row()).append('\n'));
		text.append(
				"%nThe two legs (p50 / p99): order created to the outbox relay's publishing transaction".formatted());
		text.append(" (`outbox_event.published_at`, its `now()`), and from there to the case created:\n\n");
		text.append("| offered | order to relay | relay to case |\n|---|---|---|\n");
		results.forEach((result) -> text.append(result.legsRow()).append('\n'));
		text.append("\nCPU from the first order sent until every case existed:\n\n");
		results.forEach((result) -> text.append("- %d/s: %s%n".formatted(result.rate(), result.cpu().summary())));
		return text.toString();
	}

	private static long micros(Instant from, Instant to) {
		return Duration.between(from, to).toNanos() / 1000;
	}

	private record Legs(Stats total, Stats toRelay, Stats fromRelay) {
	}

	/**
	 * One rate's figures (orders after the warm-up only).
	 *
	 * @param rate orders sent per second, on schedule
	 * @param sent orders sent
	 * @param accepted answered 201
	 * @param errors answered otherwise, or not at all
	 * @param achieved accepted orders per second, from the first scheduled send to the
	 * last answer
	 * @param lateSends orders the benchmark itself sent more than 10 ms behind schedule
	 * @param answer scheduled send to HTTP answer, ms
	 * @param commitToCase order created to provisioning case created, ms
	 * @param toRelay order created to the relay's publishing transaction, ms
	 * @param fromRelay the relay's publishing transaction to the case created, ms
	 * @param cpu CPU used from the first order sent until every case existed
	 */
	record Result(int rate, int sent, int accepted, int errors, double achieved, long lateSends, Stats answer,
			Stats commitToCase, Stats toRelay, Stats fromRelay, CpuMeter.Usage cpu) {

		static String header() {
			return "| offered | achieved | sent / errors | sent late | HTTP answer p50 / p99 | order to case p50 | order to case p99 | max |\n"
					+ "|---|---|---|---|---|---|---|---|\n";
		}

		String row() {
			return "| %d/s | %.0f/s | %,d / %,d | %,d | %,d / %,d ms | %s ms | **%s ms** | %s ms |".formatted(this.rate,
					this.achieved, this.sent, this.errors, this.lateSends, this.answer.p50(), this.answer.p99(),
					Stats.millis(this.commitToCase.p50()), Stats.millis(this.commitToCase.p99()),
					Stats.millis(this.commitToCase.last()));
		}

		String legsRow() {
			return "| %d/s | %s / %s ms | %s / %s ms |".formatted(this.rate, Stats.millis(this.toRelay.p50()),
					Stats.millis(this.toRelay.p99()), Stats.millis(this.fromRelay.p50()),
					Stats.millis(this.fromRelay.p99()));
		}

	}

}
