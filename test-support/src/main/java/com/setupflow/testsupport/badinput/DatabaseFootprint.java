package com.setupflow.testsupport.badinput;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.awaitility.Awaitility;

/**
 * What a service's database holds, table by table: the number of rows of every table of
 * its schema and, where nothing changes rows in the background, a digest of their
 * content. Two equal footprints mean no row was inserted, deleted or (for digested
 * tables) updated in between.
 */
public final class DatabaseFootprint {

	private final DataSource dataSource;

	private final Set<String> countOnly;

	private final Set<String> ignored;

	/** Every table of the schema, rows and content. */
	public DatabaseFootprint(DataSource dataSource) {
		this(dataSource, Set.of(), Set.of());
	}

	/**
	 * @param dataSource the service's database
	 * @param countOnly tables whose rows the service updates on its own (a scheduler's
	 * heartbeat, say): only their row count is compared
	 * @param ignored tables whose rows come and go on their own (a scheduler's record of
	 * the firing in progress): left out
	 */
	public DatabaseFootprint(DataSource dataSource, Set<String> countOnly, Set<String> ignored) {
		this.dataSource = dataSource;
		this.countOnly = countOnly;
		this.ignored = ignored;
	}

	/** Each table, by name, with its row count and, unless count-only, a digest. */
	public Map<String, String> take() {
		Map<String, String> footprint = new TreeMap<>();
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			for (String table : tables(statement)) {
				if (this.ignored.contains(table)) {
					continue;
				}
				String quoted = "\"" + table.replace("\"", "\"\"") + "\"";
				String sql = this.countOnly.contains(table) ? "select count(*)::text from " + quoted
						: "select count(*) || ' rows, ' || md5(coalesce(string_agg(md5(t::text), ',' order by md5(t::text)), ''))"
								+ " from " + quoted + " t";
				try (ResultSet result = statement.executeQuery(sql)) {
					result.next();
					footprint.put(table, result.getString(1));
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read the database's footprint", ex);
		}
		return footprint;
	}

	/**
	 * Waits until the footprint stops changing (what the fixtures set off, such as an
	 * outbox relay stamping what it published, is done), then returns it.
	 */
	public Map<String, String> settled() {
		AtomicReference<Map<String, String>> last = new AtomicReference<>(take());
		Awaitility.await("the database to settle")
			.atMost(Duration.ofSeconds(30))
			.pollDelay(Duration.ofMillis(300))
			.pollInterval(Duration.ofMillis(300))
			.until(() -> {
				Map<String, String> now = take();
				return now.equals(last.getAndSet(now));
			});
		return last.get();
	}

	/** The tables whose footprint differs, with both values, for a failure message. */
	public static List<String> differences(Map<String, String> before, Map<String, String> after) {
		List<String> changed = new ArrayList<>();
		Set<String> tables = new java.util.TreeSet<>(before.keySet());
		tables.addAll(after.keySet());
		for (String table : tables) {
			if (!java.util.Objects.equals(before.get(table), after.get(table))) {
				changed.add(table + ": " + before.get(table) + " -> " + after.get(table));
			}
		}
		return changed;
	}

	private static List<String> tables(Statement statement) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (ResultSet result = statement.executeQuery("select table_name from information_schema.tables"
				+ " where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name")) {
			while (result.next()) {
				tables.add(result.getString(1));
			}
		}
		return tables;
	}

}
