package com.setupflow.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time used by each part of the system under test, and by the rest of the machine,
 * from /proc: on two shared cores, where the time went says more than a rate alone, and
 * the rest of the machine says whether someone else's work was in the way.
 */
final class CpuMeter {

	/** USER_HZ: /proc counts CPU time in these ticks per second on Linux. */
	private static final double TICKS_PER_SECOND = 100.0;

	private final ProcessHandle stack;

	private final String postgresDataDirs;

	/**
	 * @param stack the local stack's process
	 * @param postgresDataDirs the start its PostgreSQL servers' folders have in common
	 */
	CpuMeter(ProcessHandle stack, Path postgresDataDirs) {
		this.stack = stack;
		this.postgresDataDirs = postgresDataDirs.toString();
	}

	/** CPU seconds used so far by each part, and by the whole machine. */
	Reading read() {
		Map<String, Double> seconds = new LinkedHashMap<>();
		for (String service : new String[] { "order-service", "provisioning-service", "notification-service" }) {
			seconds.put(service, this.stack.descendants()
				.filter((
						p) -> p.info().commandLine().map((line) -> line.contains("/" + service + ".jar")).orElse(false))
				.mapToDouble((p) -> ticks(p.pid(), false))
				.sum());
		}
		seconds.put("local stack (Kafka, SMTP)", ticks(this.stack.pid(), false));
		// pg_ctl detaches the servers from the stack: find them by their data folders.
		seconds.put("PostgreSQL",
				postmasters()
					.mapToDouble((postgres) -> ticks(postgres.pid(), true)
							+ postgres.descendants().mapToDouble((backend) -> ticks(backend.pid(), false)).sum())
					.sum());
		seconds.put("benchmark (and pgbench)", ticks(ProcessHandle.current().pid(), true));
		return new Reading(System.nanoTime(), seconds, machineBusy());
	}

	/**
	 * CPU seconds used by each part, and by the whole machine, at one moment.
	 *
	 * @param nanos when ({@link System#nanoTime()})
	 * @param parts by part of the system under test
	 * @param machine all cores' busy time
	 */
	record Reading(long nanos, Map<String, Double> parts, double machine) {

		/** What was used from {@code before} until this reading. */
		Usage since(Reading before) {
			Map<String, Double> used = new LinkedHashMap<>();
			this.parts.forEach((part, seconds) -> used.put(part, seconds - before.parts.getOrDefault(part, 0.0)));
			return new Usage(used, this.machine - before.machine, (this.nanos - before.nanos) / 1e9);
		}

	}

	/**
	 * CPU used over a stretch of time.
	 *
	 * @param parts CPU seconds by part of the system under test
	 * @param machine CPU seconds of the whole machine
	 * @param wall seconds elapsed
	 */
	record Usage(Map<String, Double> parts, double machine, double wall) {

		double ours() {
			return this.parts.values().stream().mapToDouble(Double::doubleValue).sum();
		}

		/**
		 * Used by processes outside this run: other people's work on a shared machine.
		 */
		double others() {
			return Math.max(0, this.machine - ours());
		}

		/** Percent of all cores' time over the stretch. */
		double percent(double seconds) {
			return 100 * seconds / (this.wall * Runtime.getRuntime().availableProcessors());
		}

		/** One line: CPU seconds by part and the share of the machine. */
		String summary() {
			StringBuilder text = new StringBuilder();
			this.parts.forEach((part, seconds) -> text.append("%s %.1f, ".formatted(part, seconds)));
			return text
				.append("outside this run %.1f CPU s; machine %.0f %% busy over %.0f s".formatted(others(),
						percent(this.machine), this.wall))
				.toString();
		}

	}

	private Stream<ProcessHandle> postmasters() {
		return ProcessHandle.allProcesses()
			.filter((p) -> p.info().commandLine().map((line) -> line.contains(this.postgresDataDirs)).orElse(false))
			.filter((p) -> p.info().command().map((command) -> command.endsWith("/postgres")).orElse(false));
	}

	/**
	 * The process's user and system time; with {@code children}, also that of its
	 * children that have ended (short connections' backends, pgbench).
	 */
	private static double ticks(long pid, boolean children) {
		try {
			String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
			if (children) {
				ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
			}
			return ticks / TICKS_PER_SECOND;
		}
		catch (IOException | RuntimeException ex) {
			// Ended meanwhile.
			return 0;
		}
	}

	/** Busy time of all cores: everything but idle and I/O wait (/proc/stat). */
	private static double machineBusy() {
		try {
			String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			long busy = 0;
			for (int i = 1; i < cpu.length && i <= 8; i++) {
				busy += (i == 4 || i == 5) ? 0 : Long.parseLong(cpu[i]);
			}
			return busy / TICKS_PER_SECOND;
		}
		catch (IOException ex) {
			return 0;
		}
	}

}
