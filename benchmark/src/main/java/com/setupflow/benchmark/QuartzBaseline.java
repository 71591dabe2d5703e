package com.setupflow.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import com.zaxxer.hikari.HikariDataSource;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;

/**
 * The shape the design warns against, measured on the same PostgreSQL in the same run:
 * one plain Quartz trigger per order (JDBC store, clustered, default thread pool of 10),
 * all due at one instant.
 */
final class QuartzBaseline {

	private static final String DATABASE = "quartz_baseline";

	private final Stack stack;

	QuartzBaseline(Stack stack) {
		this.stack = stack;
	}

	Result run(int orders, Duration timeout) throws Exception {
		createDatabase();
		try (HikariDataSource jobs = dataSource()) {
			BaselineJob.dataSource = jobs;
			Scheduler scheduler = new StdSchedulerFactory(quartzProperties()).getScheduler();
			try {
				schedule(scheduler, orders);
				long due = System.currentTimeMillis() + 3_000;
				makeDue(due);
				scheduler.start();
				long deadline = due + timeout.toMillis();
				long allAt = 0;
				while (System.currentTimeMillis() < deadline && allAt == 0) {
					Stack.pause(Duration.ofSeconds(1));
					int fired = fired();
					if (fired >= orders) {
						allAt = System.currentTimeMillis();
					}
					if (((System.currentTimeMillis() - due) / 1000) % 10 == 0) {
						System.out.printf("  baseline +%ds: %,d fired%n", (System.currentTimeMillis() - due) / 1000,
								fired);
					}
				}
				long elapsed = System.currentTimeMillis() - due;
				return new Result(orders, Stats.of(latenciesFrom(due)), fired(), duplicates(), elapsed, allAt != 0);
			}
			finally {
				// Waits for the jobs running, so none is cut off by the stack stopping
				// next.
				scheduler.shutdown(true);
			}
		}
	}

	private void createDatabase() throws Exception {
		try (Connection admin = this.stack.database("orders"); Statement statement = admin.createStatement()) {
			statement.execute("drop database if exists " + DATABASE);
			statement.execute("create database " + DATABASE);
		}
		try (Connection baseline = this.stack.database(DATABASE); Statement statement = baseline.createStatement()) {
			statement.execute(quartzTables());
			statement.execute("create table baseline_fired (order_no integer not null, fired_at timestamptz not null)");
		}
	}

	private static String quartzTables() throws IOException {
		try (InputStream ddl = Scheduler.class
			.getResourceAsStream("/org/quartz/impl/jdbcjobstore/tables_postgres.sql")) {
			return new String(ddl.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private HikariDataSource dataSource() {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(jdbcUrl());
		dataSource.setUsername("postgres");
		dataSource.setPassword("postgres");
		dataSource.setMaximumPoolSize(12);
		return dataSource;
	}

	private String jdbcUrl() {
		try (Connection probe = this.stack.database(DATABASE)) {
			return probe.getMetaData().getURL();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Properties quartzProperties() {
		Properties properties = new Properties();
		properties.put("org.quartz.scheduler.instanceName", "baseline");
		properties.put("org.quartz.scheduler.instanceId", "AUTO");
		properties.put("org.quartz.threadPool.threadCount", "10");
		properties.put("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
		properties.put("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
		properties.put("org.quartz.jobStore.isClustered", "true");
		properties.put("org.quartz.jobStore.dataSource", "main");
		properties.put("org.quartz.dataSource.main.provider", "hikaricp");
		properties.put("org.quartz.dataSource.main.driver", "org.postgresql.Driver");
		properties.put("org.quartz.dataSource.main.URL", jdbcUrl());
		properties.put("org.quartz.dataSource.main.user", "postgres");
		properties.put("org.quartz.dataSource.main.password", "postgres");
		properties.put("org.quartz.dataSource.main.maxConnections", "12");
		return properties;
	}

	/** One job and one trigger per order, far in the future until all are stored. */
	private static void schedule(Scheduler scheduler, int orders) throws Exception {
		java.util.Date later = new java.util.Date(System.currentTimeMillis() + Duration.ofDays(1).toMillis());
		Map<JobDetail, Set<? extends Trigger>> chunk = new HashMap<>();
		for (int i = 0; i < orders; i++) {
			JobDetail job = JobBuilder.newJob(BaselineJob.class)
				.withIdentity("order-" + i)
				.usingJobData("order", i)
				.build();
			Trigger trigger = TriggerBuilder.newTrigger()
				.withIdentity("order-" + i)
				.startAt(later)
				.withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
				.build();
			chunk.put(job, Set.of(trigger));
			if (chunk.size() == 1000 || i == orders - 1) {
				scheduler.scheduleJobs(chunk, false);
				chunk.clear();
				System.out.printf("  baseline: %,d triggers stored%n", i + 1);
			}
		}
	}

	/** Every trigger due at one instant, as every order's start date. */
	private void makeDue(long dueMillis) throws SQLException {
		try (Connection baseline = this.stack.database(DATABASE);
				PreparedStatement due = baseline
					.prepareStatement("update qrtz_triggers set next_fire_time = ?, start_time = ?")) {
			due.setLong(1, dueMillis);
			due.setLong(2, dueMillis);
			due.executeUpdate();
		}
	}

	private int fired() throws SQLException {
		return queryInt("select count(*) from baseline_fired");
	}

	private int duplicates() throws SQLException {
		return queryInt("select count(*) - count(distinct order_no) from baseline_fired");
	}

	private long[] latenciesFrom(long dueMillis) throws SQLException {
		try (Connection baseline = this.stack.database(DATABASE);
				ResultSet rs = baseline.createStatement()
					.executeQuery("select (extract(epoch from fired_at) * 1000)::bigint from baseline_fired")) {
			java.util.List<Long> millis = new java.util.ArrayList<>();
			while (rs.next()) {
				millis.add(rs.getLong(1) - dueMillis);
			}
			return millis.stream().mapToLong(Long::longValue).toArray();
		}
	}

	private int queryInt(String sql) throws SQLException {
		try (Connection baseline = this.stack.database(DATABASE);
				ResultSet rs = baseline.createStatement().executeQuery(sql)) {
			rs.next();
			return rs.getInt(1);
		}
	}

	/**
	 * What the baseline measured.
	 *
	 * @param orders triggers made due
	 * @param dueToFired milliseconds from due to each job's run
	 * @param fired jobs that ran by the end
	 * @param duplicates jobs that ran more than once
	 * @param elapsedMillis from due to the end of the measurement
	 * @param complete whether every trigger fired before the timeout
	 */
	record Result(int orders, Stats dueToFired, int fired, int duplicates, long elapsedMillis, boolean complete) {

		/** Firings per second over the measurement. */
		double rate() {
			return this.fired / (this.elapsedMillis / 1000.0);
		}

		/** Time for all orders: measured, or extrapolated at the observed rate. */
		double secondsForAll() {
			return this.complete ? this.dueToFired.last() / 1000.0 : this.orders / rate();
		}

	}

}
