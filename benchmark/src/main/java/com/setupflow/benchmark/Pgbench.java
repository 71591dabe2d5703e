package com.setupflow.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The database's own rate for what an accepted order commits: pgbench, on the stack's
 * PostgreSQL, writing the rows {@code OrderIntake.place} writes, one transaction per
 * order, in a scratch database built by the order service's own migrations (so the same
 * tables, columns, indexes, constraints and foreign keys, and none of the system's data
 * touched).
 */
final class Pgbench {

	static final String DATABASE = "pgbench_orders";

	/**
	 * The intake's inserts, in its order (Spring Data saves the order, then its events).
	 */
	private static final String SCRIPT = """
			-- What order-service commits per accepted order (OrderIntake.place), one transaction:
			-- the order and its item (Spring Data JDBC), then what its OrderPlaced event causes
			-- in the same transaction: the outbox row, the timeline entry and the two timers.
			-- The statements are the application's own (DueTimers, Timeline, Outbox). :k is
			-- unique per order: each client counts its own transactions.
			\\set seq :seq + 1
			\\set k :client_id * 1000000000 + :seq
			\\set contact :k % 100
			BEGIN;
			INSERT INTO purchase_order (id, order_number, partner_id, partner_name, customer_name, requested_start_date,
			  time_zone, deployment_contact_email, account_rep_email, status, cancellation_reason, request_fingerprint,
			  created_at, updated_at, version, locale, invited_at, setup_started_at, stalled_at, closed_at, installed_at,
			  activated_at, partner_org_disputed_at)
			  VALUES (md5('PGB-' || :k)::uuid, 'PGBENCH-run-0000000000000-' || :k, 'P-BENCH', 'Bench Partner',
			  'Bench Customer ' || :k, current_date + 30, 'Europe/Paris', 'deploy-' || :contact || '@bench.example',
			  'rep@vendor.example', 'RECEIVED', NULL, :fingerprint, now(), now(), 0, 'en', NULL, NULL, NULL, NULL, NULL,
			  NULL, NULL);
			INSERT INTO order_item (sku, quantity, purchase_order, purchase_order_key)
			  VALUES ('A-SPK', 25, md5('PGB-' || :k)::uuid, 0);
			INSERT INTO outbox_event (event_id, topic, message_key, event_type, payload, occurred_at)
			  VALUES (gen_random_uuid(), 'setupflow.orders', md5('PGB-' || :k)::uuid::text, 'OrderPlaced', :payload, now());
			INSERT INTO order_timeline (order_id, occurred_at, kind, detail, source_event_id)
			  VALUES (md5('PGB-' || :k)::uuid, now(), 'RECEIVED', 'Order received from the commerce system', NULL)
			  ON CONFLICT (source_event_id) DO NOTHING;
			INSERT INTO due_timer (order_id, kind, due_at) VALUES (md5('PGB-' || :k)::uuid, 'SETUP_DUE', now() + interval '30 days')
			  ON CONFLICT (order_id, kind) DO UPDATE SET due_at = excluded.due_at WHERE due_timer.state = 'PENDING';
			INSERT INTO due_timer (order_id, kind, due_at) VALUES (md5('PGB-' || :k)::uuid, 'AUTO_CLOSE', now() + interval '120 days')
			  ON CONFLICT (order_id, kind) DO UPDATE SET due_at = excluded.due_at WHERE due_timer.state = 'PENDING';
			END;
			""";

	/** The tables the script writes, to count what it wrote. */
	static final List<String> TABLES = List.of("purchase_order", "order_item", "outbox_event", "order_timeline",
			"due_timer");

	private final Stack stack;

	private final Path repository;

	Pgbench(Stack stack, Path repository) {
		this.stack = stack;
		this.repository = repository;
	}

	/**
	 * Runs the script with {@code clients} connections for {@code duration}.
	 * @param folder where the script and pgbench's output are kept
	 */
	Result run(int clients, Duration duration, Path folder) throws Exception {
		createScratchDatabase();
		Sample sample = sample();
		Path script = Files.writeString(folder.resolve("pgbench-order.sql"), SCRIPT);
		Path output = folder.resolve("pgbench.out");
		List<String> command = List.of("pgbench", "-h", "localhost", "-p",
				String.valueOf(this.stack.postgresPort("orders")), "-U", "postgres", "-n", "-M", "prepared", "-c",
				String.valueOf(clients), "-j",
				String.valueOf(Math.min(clients, Runtime.getRuntime().availableProcessors())), "-T",
				String.valueOf(duration.toSeconds()), "-D", "seq=0", "-D", "fingerprint=" + sample.fingerprint(), "-D",
				"payload=" + sample.payload(), "-f", script.toString(), DATABASE);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
		builder.environment().put("PGPASSWORD", "postgres");
		int exit = builder.start().waitFor();
		String text = Files.readString(output);
		if (exit != 0) {
			throw new IllegalStateException("pgbench failed (exit " + exit + "):\n" + text);
		}
		return new Result(clients, duration, number(text, "number of transactions actually processed: (\\d+)"),
				number(text, "number of failed transactions: (\\d+)"),
				Double.parseDouble(match(text, "tps = ([\\d.]+) \\(without initial connection time\\)")), rowCounts(),
				sample.payload().length(), script);
	}

	/**
	 * An empty copy of the orders schema, by replaying the order service's migrations.
	 */
	private void createScratchDatabase() throws Exception {
		try (Connection admin = this.stack.database("postgres"); Statement statement = admin.createStatement()) {
			statement.execute("drop database if exists " + DATABASE);
			statement.execute("create database " + DATABASE);
		}
		try (Connection scratch = this.stack.database(DATABASE); Statement statement = scratch.createStatement()) {
			for (Path migration : migrations()) {
				statement.execute(Files.readString(migration));
			}
		}
	}

	/**
	 * The order service's Flyway scripts (its own and the platform's), in Flyway's order:
	 * by version, V0_1 before V1.
	 */
	private List<Path> migrations() throws IOException {
		List<Path> all = new ArrayList<>();
		for (String dir : List.of("service-platform/src/main/resources/db/platform",
				"order-service/src/main/resources/db/migration")) {
			try (Stream<Path> files = Files.list(this.repository.resolve(dir))) {
				files.filter((file) -> file.getFileName().toString().matches("V[\\d_]+__.*\\.sql")).forEach(all::add);
			}
		}
		all.sort(Comparator.comparing(Pgbench::version));
		return all;
	}

	/** "V0_2__x.sql" as "00000.00002", so versions sort as Flyway sorts them. */
	private static String version(Path migration) {
		String name = migration.getFileName().toString();
		StringBuilder key = new StringBuilder();
		for (String part : name.substring(1, name.indexOf("__")).split("_")) {
			key.append("%05d.".formatted(Integer.parseInt(part)));
		}
		return key.toString();
	}

	/**
	 * A real accepted order's fingerprint and OrderPlaced payload, so pgbench writes
	 * values of the same size.
	 */
	private Sample sample() throws SQLException {
		try (Connection orders = this.stack.database("orders");
				Statement statement = orders.createStatement();
				ResultSet rs = statement.executeQuery("select o.request_fingerprint, e.payload from purchase_order o"
						+ " join outbox_event e on e.message_key = o.id::text and e.event_type = 'OrderPlaced'"
						+ " order by o.created_at desc limit 1")) {
			if (!rs.next()) {
				throw new IllegalStateException("No accepted order to take sizes from: run the API load first");
			}
			return new Sample(rs.getString(1), rs.getString(2));
		}
	}

	/** The rows pgbench left in the scratch database, by table. */
	private Map<String, Long> rowCounts() throws SQLException {
		Map<String, Long> counts = new LinkedHashMap<>();
		try (Connection scratch = this.stack.database(DATABASE); Statement statement = scratch.createStatement()) {
			for (String table : TABLES) {
				try (ResultSet rs = statement.executeQuery("select count(*) from " + table)) {
					rs.next();
					counts.put(table, rs.getLong(1));
				}
			}
		}
		return counts;
	}

	/** Drops the scratch database. */
	void dropScratchDatabase() throws SQLException {
		try (Connection admin = this.stack.database("postgres"); Statement statement = admin.createStatement()) {
			statement.execute("drop database if exists " + DATABASE);
		}
	}

	private static long number(String text, String regex) {
		return Long.parseLong(match(text, regex));
	}

	private static String match(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		if (!matcher.find()) {
			throw new IllegalStateException("pgbench printed no " + regex + ":\n" + text);
		}
		return matcher.group(1);
	}

	private record Sample(String fingerprint, String payload) {
	}

	/**
	 * What pgbench did.
	 *
	 * @param clients its connections
	 * @param duration how long it ran
	 * @param transactions orders committed
	 * @param failed transactions that failed
	 * @param perSecond its rate, without connection time
	 * @param rows rows in the scratch database afterwards, by table
	 * @param payloadChars size of the outbox payload written with each order
	 * @param script the script it ran
	 */
	record Result(int clients, Duration duration, long transactions, long failed, double perSecond,
			Map<String, Long> rows, int payloadChars, Path script) {
	}

}
