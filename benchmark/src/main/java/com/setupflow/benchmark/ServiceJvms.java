package com.setupflow.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The three service JVMs the local stack starts (its child processes): when each was
 * ready, and how much memory each holds. Readiness is watched from the moment the stack
 * is launched, by polling each service's readiness probe, as the stack itself does.
 */
final class ServiceJvms {

	private static final Pattern STARTED = Pattern
		.compile("Started \\w+ in ([\\d.]+) seconds \\(process running for ([\\d.]+)\\)");

	private static final Duration POLL = Duration.ofMillis(100);

	private final ProcessHandle stack;

	private final Map<String, Integer> ports;

	private final Path logs;

	private final Map<String, Ready> ready = new ConcurrentHashMap<>();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	private final Thread watch;

	/**
	 * Starts watching.
	 * @param stack the local stack's process
	 * @param ports each service's HTTP port by name (its jar's name)
	 * @param logs the folder of the services' log files
	 */
	ServiceJvms(ProcessHandle stack, Map<String, Integer> ports, Path logs) {
		this.stack = stack;
		this.ports = new LinkedHashMap<>(ports);
		this.logs = logs;
		this.watch = new Thread(this::watchReadiness, "startup-watch");
		this.watch.setDaemon(true);
		this.watch.start();
	}

	private void watchReadiness() {
		while (this.ready.size() < this.ports.size() && this.stack.isAlive()) {
			this.ports.forEach((name, port) -> {
				if (!this.ready.containsKey(name)) {
					process(name).filter((jvm) -> isReady(port))
						.ifPresent((jvm) -> this.ready.put(name,
								new Ready(name, jvm.pid(), jvm.info().startInstant().orElseThrow(), Instant.now(),
										startedLine(name), options(jvm))));
				}
			});
			Stack.pause(POLL);
		}
	}

	boolean isReady(int port) {
		HttpRequest probe = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(2))
			.build();
		try {
			return this.http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * The service's JVM among the stack's descendants ({@code nice} execs Java in its
	 * place, so it is one process).
	 */
	Optional<ProcessHandle> process(String name) {
		return this.stack.descendants()
			.filter((p) -> p.info().commandLine().map((line) -> line.contains("/" + name + ".jar")).orElse(false))
			.findFirst();
	}

	/** What comes before {@code -jar} on the JVM's command line. */
	private static String options(ProcessHandle jvm) {
		List<String> options = new ArrayList<>();
		for (String argument : jvm.info().arguments().orElse(new String[0])) {
			if (argument.equals("-jar")) {
				break;
			}
			options.add(argument);
		}
		int nice = nice(jvm.pid());
		return String.join(" ", options) + ((nice != 0) ? "` at `nice " + nice : "");
	}

	/** The process's nice value, field 19 of /proc/pid/stat (counted after its name). */
	private static int nice(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
			return Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16]);
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	/** Spring Boot's own account: "Started ... in X seconds (process running for Y)". */
	private String startedLine(String name) {
		try {
			Matcher started = STARTED.matcher(Files.readString(this.logs.resolve(name + ".log")));
			return started.find() ? "%s s (JVM up %s s)".formatted(started.group(1), started.group(2)) : "not logged";
		}
		catch (IOException ex) {
			return "no log";
		}
	}

	/** Waits until every service was seen ready, or {@code timeout}. */
	Map<String, Ready> awaitReady(Duration timeout) throws InterruptedException {
		this.watch.join(timeout.toMillis());
		Map<String, Ready> inOrder = new LinkedHashMap<>();
		this.ports.keySet()
			.stream()
			.filter(this.ready::containsKey)
			.forEach((name) -> inOrder.put(name, this.ready.get(name)));
		return inOrder;
	}

	/** The services' names (their jars' names), in start order. */
	Iterable<String> names() {
		return this.ports.keySet();
	}

	/** Each service's resident memory now, in MiB, by name (VmRSS in /proc). */
	Map<String, Long> residentMiB() {
		Map<String, Long> rss = new LinkedHashMap<>();
		this.ports.keySet()
			.forEach((name) -> process(name).ifPresent((jvm) -> rss.put(name, residentKiB(jvm.pid()) / 1024)));
		return rss;
	}

	static long residentKiB(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("\\D", ""));
				}
			}
		}
		catch (IOException ex) {
			// The process ended.
		}
		return 0;
	}

	/** The start-up section of the report. */
	static String markdown(Map<String, Ready> ready, Map<String, Long> atRest, Map<String, Long> afterLoad,
			String load) {
		StringBuilder text = new StringBuilder("## Start-up and memory\n\n");
		text.append("The local stack starts the three JVMs together, once PostgreSQL, Kafka and the mail server are up."
				+ " Start-up: from the process's start (the kernel's record) to its readiness probe's first 200"
				+ " (polled every 100 ms). Resident: VmRSS.\n\n");
		text.append(
				"| service | start to ready | Spring Boot's \"Started in\" | resident at rest | resident after %s |%n"
					.formatted(load));
		text.append("|---|---|---|---|---|\n");
		ready.forEach((name,
				jvm) -> text.append("| %s | %.1f s | %s | %s MiB | %s MiB |%n".formatted(name, jvm.seconds(),
						jvm.springSays(), atRest.getOrDefault(name, 0L),
						afterLoad.containsKey(name) ? String.valueOf(afterLoad.get(name)) : "-")));
		text.append("\nJVM options, as on each process's command line:\n\n");
		ready.forEach((name, jvm) -> text.append("- %s: `%s`%n".formatted(name, jvm.options())));
		return text.toString();
	}

	/**
	 * One service, ready.
	 *
	 * @param service its name
	 * @param pid its JVM's process id
	 * @param processStart when the process started (the kernel's record)
	 * @param ready when its readiness probe first answered 200 (polled every 100 ms)
	 * @param springSays Spring Boot's own start-up line
	 * @param options the JVM's options
	 */
	record Ready(String service, long pid, Instant processStart, Instant ready, String springSays, String options) {

		double seconds() {
			return Duration.between(this.processStart, this.ready).toMillis() / 1000.0;
		}

	}

}
