package com.setupflow.benchmark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Orders accepted per second, sustained and durable, through the commerce API, against
 * pgbench committing the same rows on the same PostgreSQL in the same run, with as many
 * clients for as long.
 */
final class IntakePhase {

	/**
	 * PostgreSQL's backends publish their table statistics within 10 s of going idle
	 * (PGSTAT_IDLE_INTERVAL): wait that long before reading what the load inserted.
	 */
	private static final Duration STATISTICS_FLUSH = Duration.ofSeconds(11);

	private final Stack stack;

	private final Path repository;

	IntakePhase(Stack stack, Path repository) {
		this.stack = stack;
		this.repository = repository;
	}

	Result run(String tag, int clients, Duration warmup, Duration measure, Path folder) throws Exception {
		Map<String, Long> before = insertsByTable();
		CpuMeter cpu = this.stack.cpu();
		CpuMeter.Reading start = cpu.read();
		System.out.printf("  API: %d clients, %d s warm-up, %d s measured ...%n", clients, warmup.toSeconds(),
				measure.toSeconds());
		OrderLoader.Sustained api = new OrderLoader(this.stack.orderApi()).sustain(tag, clients, warmup, measure);
		System.out.printf("  API: %.0f orders/s; waiting for the system to catch up ...%n", api.perSecond());
		Cases.await(this.stack, tag);
		CpuMeter.Usage apiCpu = cpu.read().since(start);
		Stack.pause(STATISTICS_FLUSH);
		Map<String, Long> inserted = insertsByTable();
		inserted.replaceAll((table, count) -> count - before.getOrDefault(table, 0L));
		inserted.values().removeIf((count) -> count == 0);
		System.out.printf("  pgbench: %d clients, %d s ...%n", clients, measure.toSeconds());
		Pgbench pgbench = new Pgbench(this.stack, this.repository);
		CpuMeter.Reading pgbenchStart = cpu.read();
		Pgbench.Result database = pgbench.run(clients, measure, folder);
		CpuMeter.Usage pgbenchCpu = cpu.read().since(pgbenchStart);
		pgbench.dropScratchDatabase();
		return new Result(api, inserted, database, apiCpu, pgbenchCpu);
	}

	/** Rows inserted into each table of the orders database so far (its statistics). */
	private Map<String, Long> insertsByTable() throws SQLException {
		Map<String, Long> inserts = new LinkedHashMap<>();
		try (Connection orders = this.stack.database("orders");
				Statement statement = orders.createStatement();
				ResultSet rs = statement
					.executeQuery("select relname, n_tup_ins from pg_stat_user_tables order by relname")) {
			while (rs.next()) {
				inserts.put(rs.getString(1), rs.getLong(2));
			}
		}
		return inserts;
	}

	/**
	 * What the phase measured.
	 *
	 * @param api the API load
	 * @param insertedByApi rows the API load inserted into the orders database, by table
	 * (warm-up included)
	 * @param pgbench pgbench on the same rows
	 * @param apiCpu CPU used from the API load's start until the provisioning service
	 * caught up with it
	 * @param pgbenchCpu CPU used while pgbench ran
	 */
	record Result(OrderLoader.Sustained api, Map<String, Long> insertedByApi, Pgbench.Result pgbench,
			CpuMeter.Usage apiCpu, CpuMeter.Usage pgbenchCpu) {

		String markdown() {
			StringBuilder text = new StringBuilder("## Intake: orders accepted per second\n\n");
			text.append("| who | clients | measured | orders | errors | orders/s |\n|---|---|---|---|---|---|\n");
			text.append(
					"| commerce API (`POST /api/v1/orders`, 201 = order and outbox committed) | %d | %d s | %,d | %,d | %.0f |%n"
						.formatted(this.pgbench.clients(), this.api.window().toSeconds(), this.api.accepted(),
								this.api.errors(), this.api.perSecond()));
			text.append("| pgbench, the same rows (`-M prepared`) | %d | %d s | %,d | %,d | %.0f |%n".formatted(
					this.pgbench.clients(), this.pgbench.duration().toSeconds(), this.pgbench.transactions(),
					this.pgbench.failed(), this.pgbench.perSecond()));
			text.append("%n**API / pgbench = %.2f** (target: at least 0.5).%n%n"
				.formatted(this.api.perSecond() / this.pgbench.perSecond()));
			text.append("Rows per order, from the orders database's statistics (API, %,d orders placed with"
				.formatted(this.api.placed()));
			text.append(" the warm-up) and from pgbench's scratch database (%,d transactions):%n%n"
				.formatted(this.pgbench.transactions()));
			text.append("| table | API | pgbench |\n|---|---|---|\n");
			Map<String, Long> tables = new LinkedHashMap<>(this.insertedByApi);
			Pgbench.TABLES.forEach((table) -> tables.putIfAbsent(table, 0L));
			tables.forEach((table,
					count) -> text.append("| %s | %.2f | %s |%n".formatted(table, count / (double) this.api.placed(),
							this.pgbench.rows().containsKey(table)
									? "%.2f".formatted(
											this.pgbench.rows().get(table) / (double) this.pgbench.transactions())
									: "-")));
			text.append("%nOutbox payload: %,d characters (a real OrderPlaced). Script: `%s`.%n"
				.formatted(this.pgbench.payloadChars(), this.pgbench.script().getFileName()));
			text.append("%nCPU per order, ms (API: from the load's start, warm-up included, until every order had"
				.formatted());
			text.append(
					" its provisioning case; pgbench: while it ran):\n\n| process | API | pgbench |\n|---|---|---|\n");
			this.apiCpu.parts()
				.forEach((part, seconds) -> text
					.append("| %s | %.2f | %.2f |%n".formatted(part, 1000 * seconds / this.api.placed(),
							1000 * this.pgbenchCpu.parts().get(part) / this.pgbench.transactions())));
			text.append("| all of this run | %.2f | %.2f |%n".formatted(1000 * this.apiCpu.ours() / this.api.placed(),
					1000 * this.pgbenchCpu.ours() / this.pgbench.transactions()));
			text.append("%nMachine, API load: %s.%nMachine, pgbench: %s.%n".formatted(this.apiCpu.summary(),
					this.pgbenchCpu.summary()));
			return text.toString();
		}

	}

}
