package com.setupflow.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;

/**
 * What the figures were measured on: a report without its machine and date is not a
 * measurement.
 */
final class Machine {

	private Machine() {
	}

	static String describe(String commandLine, Stack stack) throws SQLException {
		StringBuilder text = new StringBuilder("# Benchmark run\n\n");
		text.append("- date: %s%n".formatted(ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME)));
		text.append("- command: `%s`%n".formatted(commandLine));
		text.append("- machine: %d cores (`nproc`), %s memory; load average at start %s%n"
			.formatted(Runtime.getRuntime().availableProcessors(), memory(), loadAverage()));
		text.append("- Java %s (%s); PostgreSQL %s; %s%n".formatted(System.getProperty("java.runtime.version"),
				System.getProperty("java.vm.name"), postgresVersion(stack), pgbenchVersion()));
		return text.toString();
	}

	/** The 1, 5 and 15 minute load averages: how shared the machine was. */
	static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return fields[0] + " " + fields[1] + " " + fields[2];
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private static String memory() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
				if (line.startsWith("MemTotal:")) {
					return "%.0f GiB".formatted(Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0);
				}
			}
		}
		catch (IOException ex) {
			// Not Linux: leave it out.
		}
		return "unknown";
	}

	private static String postgresVersion(Stack stack) throws SQLException {
		// Whether a commit waits for the disk: zonky starts the server with -F (fsync
		// off).
		try (Connection postgres = stack.database("postgres");
				ResultSet rs = postgres.createStatement()
					.executeQuery("select current_setting('server_version'), current_setting('fsync'),"
							+ " current_setting('synchronous_commit')")) {
			rs.next();
			return "%s (fsync %s, synchronous_commit %s)".formatted(rs.getString(1), rs.getString(2), rs.getString(3));
		}
	}

	private static String pgbenchVersion() {
		try {
			Process pgbench = new ProcessBuilder("pgbench", "--version").redirectErrorStream(true).start();
			String version = new String(pgbench.getInputStream().readAllBytes()).trim();
			pgbench.waitFor(10, TimeUnit.SECONDS);
			return version;
		}
		catch (IOException ex) {
			return "no pgbench";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "pgbench version unknown";
		}
	}

}
