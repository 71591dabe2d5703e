package com.setupflow.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Each service started on its own on an otherwise quiet machine: a second instance of it,
 * with the first one's command line and environment but its own HTTP port, next to the
 * running stack (PostgreSQL, Kafka and the mail server up, as in any deployment). The
 * stack's own start-up starts all three JVMs at once on two cores, which measures the
 * machine's contention more than a service's start-up.
 */
final class StartAlone {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

	private final ServiceJvms jvms;

	private final Path logs;

	StartAlone(ServiceJvms jvms, Path logs) {
		this.jvms = jvms;
		this.logs = logs;
	}

	/** Starts, measures and stops each service's copy in turn. */
	List<Result> run(Duration settle) throws Exception {
		List<Result> results = new ArrayList<>();
		for (String name : this.jvms.names()) {
			ProcessHandle running = this.jvms.process(name).orElseThrow();
			results.add(startACopy(name, running, settle));
		}
		return results;
	}

	private Result startACopy(String name, ProcessHandle running, Duration settle) throws Exception {
		int port = Stack.freePorts(1, 1)[0];
		ProcessBuilder builder = new ProcessBuilder(commandLine(running)).redirectErrorStream(true)
			.redirectOutput(this.logs.resolve(name + "-alone.log").toFile());
		builder.environment().clear();
		builder.environment().putAll(environment(running.pid()));
		builder.environment().put("SERVER_PORT", String.valueOf(port));
		long started = System.nanoTime();
		Process copy = builder.start();
		try {
			while (!this.jvms.isReady(port)) {
				if (!copy.isAlive() || System.nanoTime() - started > START_TIMEOUT.toNanos()) {
					throw new IllegalStateException("The copy of " + name + " did not get ready; see its log");
				}
				Stack.pause(Duration.ofMillis(50));
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			long readyMiB = ServiceJvms.residentKiB(copy.pid()) / 1024;
			Stack.pause(settle);
			return new Result(name, seconds, readyMiB, ServiceJvms.residentKiB(copy.pid()) / 1024);
		}
		finally {
			copy.destroy();
			if (!copy.waitFor(60, TimeUnit.SECONDS)) {
				copy.destroyForcibly();
			}
		}
	}

	/** The running JVM's command line ({@code nice} exec'd Java, so it is Java's). */
	private static List<String> commandLine(ProcessHandle running) {
		List<String> command = new ArrayList<>();
		command.add(running.info().command().orElseThrow());
		command.addAll(List.of(running.info().arguments().orElseThrow()));
		return command;
	}

	/** The running JVM's environment: its database, Kafka and mail settings. */
	private static Map<String, String> environment(long pid) throws IOException {
		Map<String, String> environment = new HashMap<>();
		String all = new String(Files.readAllBytes(Path.of("/proc/" + pid + "/environ")), StandardCharsets.UTF_8);
		for (String entry : all.split("\0")) {
			int equals = entry.indexOf('=');
			if (equals > 0) {
				environment.put(entry.substring(0, equals), entry.substring(equals + 1));
			}
		}
		return environment;
	}

	static String markdown(List<Result> results, Duration settle) {
		StringBuilder text = new StringBuilder("### Each service started on its own\n\n");
		text.append("A second instance of each service, started alone next to the running stack (PostgreSQL,"
				+ " Kafka and the mail server up, the first instances idle), same JVM options and environment,"
				+ " its own HTTP port: from the launch to the readiness probe's first 200 (polled every 50 ms)."
				+ " Then stopped.\n\n");
		text.append("| service | start to ready | resident when ready | resident %d s later |%n|---|---|---|---|%n"
			.formatted(settle.toSeconds()));
		results.forEach((result) -> text.append("| %s | %.1f s | %d MiB | %d MiB |%n".formatted(result.service(),
				result.seconds(), result.readyMiB(), result.settledMiB())));
		return text.toString();
	}

	record Result(String service, double seconds, long readyMiB, long settledMiB) {
	}

}
