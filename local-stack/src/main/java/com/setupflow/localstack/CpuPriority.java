package com.setupflow.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Which processes of the local stack give way. Everything shares two cores here: when
 * 100,000 invitations fall due at once, the setup links have 30 s and the emails 120 s
 * (design targets), so the notification service and its database server take only the
 * time the link path leaves idle; on an otherwise idle machine they lose nothing.
 *
 * <p>
 * They run under Linux's idle scheduling policy rather than at nice 19. The link path
 * waits on many short round trips (Kafka, PostgreSQL commits), and a nice 19 thread
 * already on the core still delays each wake-up by up to a time slice, where an
 * idle-policy one gives way at once. The database server is its own (see
 * {@link Service}): a shared one would make the link path wait for locks held by its idle
 * sessions.
 */
final class CpuPriority {

	private static final Path CHRT = Path.of("/usr/bin/chrt");

	private static final Path NICE = Path.of("/usr/bin/nice");

	private CpuPriority() {
	}

	static boolean givesWay(Service service) {
		return service.equals(Service.NOTIFICATION);
	}

	/**
	 * The command prefix that starts {@code service} at its priority. Both {@code chrt}
	 * and {@code nice} exec their command in their place, so the process is still the JVM
	 * and SIGTERM still reaches it.
	 */
	static List<String> commandPrefix(Service service) {
		if (!givesWay(service)) {
			return List.of();
		}
		if (Files.isExecutable(CHRT)) {
			return List.of(CHRT.toString(), "--idle", "0");
		}
		return Files.isExecutable(NICE) ? List.of(NICE.toString(), "-n", "19") : List.of();
	}

	/**
	 * Gives a running process of {@code service}'s, such as its database server's main
	 * process, the service's priority; the processes it starts from then on (one per
	 * connection) inherit it.
	 */
	static void apply(Service service, long pid) {
		if (!givesWay(service) || !Files.isExecutable(CHRT)) {
			return;
		}
		try {
			Process chrt = new ProcessBuilder(CHRT.toString(), "--idle", "--pid", "0", String.valueOf(pid))
				.redirectErrorStream(true)
				.start();
			String output = new String(chrt.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (chrt.waitFor() != 0) {
				warn(pid, output.strip());
			}
		}
		catch (IOException ex) {
			warn(pid, ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Only slower under load: worth a line, not a failed start. */
	private static void warn(long pid, String why) {
		System.out.println("[local-stack] Could not lower the CPU priority of process " + pid + ": " + why);
	}

}
