package com.setupflow.systemtests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One run of the local stack's jar, as the README starts it ({@code java -jar
 * local-stack/target/local-stack.jar} from the repository root), its output in a file.
 */
final class StackRun {

	/**
	 * Surefire runs in the module's directory; the README's command runs from its parent.
	 */
	static final Path REPOSITORY = Path.of(System.getProperty("basedir", "")).toAbsolutePath().getParent();

	/** The stack waits up to 90 s for its services; the rest is for the servers. */
	static final Duration STARTUP = Duration.ofSeconds(120);

	/**
	 * The stack gives its services 30 s to stop, then closes Kafka, mail and PostgreSQL.
	 */
	static final Duration SHUTDOWN = Duration.ofSeconds(60);

	/** The banner's ready-to-paste first order: URL, API key and body. */
	private static final Pattern PRINTED_CURL = Pattern.compile("curl -i -X POST (\\S+) -H 'Authorization: Bearer "
			+ "([^']+)' -H 'Content-Type: application/json' -d '([^']+)'");

	private final Process process;

	private final Path dataDir;

	private final Path output;

	private StackRun(Process process, Path dataDir, Path output) {
		this.process = process;
		this.dataDir = dataDir;
		this.output = output;
	}

	/**
	 * The four executable jars the stack runs; the reactor builds them before this
	 * module, or {@code ./mvnw -DskipTests package} at the repository root does.
	 */
	static void assertJarsBuilt() {
		for (String module : List.of("local-stack", "order-service", "provisioning-service", "notification-service")) {
			assertThat(REPOSITORY.resolve(module + "/target/" + module + ".jar"))
				.as("%s's jar; build it first from %s: ./mvnw -DskipTests package", module, REPOSITORY)
				.isRegularFile();
		}
	}

	/** A fresh directory: a run never sees the data of an earlier one. */
	static Path emptyDirectory(Path directory) throws IOException {
		if (Files.exists(directory)) {
			try (Stream<Path> paths = Files.walk(directory)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
		return Files.createDirectories(directory);
	}

	static StackRun start(Path dataDir, Ports ports, Path output) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
						"local-stack/target/local-stack.jar", "--data-dir=" + dataDir));
		command.addAll(ports.options());
		Process process = new ProcessBuilder(command).directory(REPOSITORY.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		return new StackRun(process, dataDir, output);
	}

	/**
	 * Waits for the banner, which comes once every service answers its readiness probe.
	 */
	PrintedOrder awaitBanner() {
		String banner = await("the local stack's banner").atMost(STARTUP)
			.pollInterval(Duration.ofMillis(500))
			.failFast("the local stack exited", () -> !this.process.isAlive())
			.until(this::output, (text) -> PRINTED_CURL.matcher(text).find());
		assertThat(banner).as("every service ready").doesNotContain("NOT READY");
		Matcher curl = PRINTED_CURL.matcher(banner);
		assertThat(curl.find()).isTrue();
		return new PrintedOrder(curl.group(1), curl.group(2), curl.group(3));
	}

	/**
	 * Ctrl-C: SIGTERM to the stack, whose shutdown hook stops the services, then Kafka,
	 * mail and PostgreSQL. Nothing it started may outlive it.
	 */
	void stop() throws InterruptedException {
		List<ProcessHandle> children = this.process.descendants().toList();
		assertThat(children).as("the services' JVMs").hasSizeGreaterThanOrEqualTo(3);
		this.process.destroy();
		assertThat(this.process.waitFor(SHUTDOWN.toSeconds(), TimeUnit.SECONDS))
			.as("the local stack stopped within %s", SHUTDOWN)
			.isTrue();
		assertThat(children).as("processes the stack started").noneMatch(ProcessHandle::isAlive);
		// PostgreSQL detaches from the stack (pg_ctl), so it is found by its data
		// directory.
		assertThat(processesUsingTheDataDir()).as("PostgreSQL or anything else on " + this.dataDir).isEmpty();
	}

	/**
	 * Whatever is left, however the test ended: SIGTERM, then SIGKILL after a bound.
	 */
	void forceStop() {
		List<ProcessHandle> left = Stream
			.of(Stream.of(this.process.toHandle()), this.process.descendants(),
					processesUsingTheDataDir().stream()
						.flatMap((process) -> Stream.concat(Stream.of(process), process.descendants())))
			.flatMap((processes) -> processes)
			.filter(ProcessHandle::isAlive)
			.distinct()
			.toList();
		left.forEach(ProcessHandle::destroy);
		try {
			CompletableFuture.allOf(left.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new))
				.get(SHUTDOWN.toSeconds(), TimeUnit.SECONDS);
		}
		catch (InterruptedException | ExecutionException | TimeoutException ex) {
			left.forEach(ProcessHandle::destroyForcibly);
		}
	}

	private List<ProcessHandle> processesUsingTheDataDir() {
		String path = this.dataDir.toString();
		return ProcessHandle.allProcesses()
			.filter((process) -> process.info().commandLine().filter((line) -> line.contains(path)).isPresent())
			.toList();
	}

	private String output() throws IOException {
		// Lenient decoding: the last bytes may be half a character still being written.
		return new String(Files.readAllBytes(this.output), StandardCharsets.UTF_8);
	}

	/** Attached to a failure: the stack's last words and its services'. */
	AssertionError diagnosis() {
		StringBuilder text = new StringBuilder();
		text.append(tail(this.output));
		try (Stream<Path> logs = Files.list(this.dataDir.resolve("logs"))) {
			logs.filter((log) -> log.toString().endsWith("-service.log"))
				.sorted()
				.forEach((log) -> text.append(tail(log)));
		}
		catch (IOException ex) {
			text.append("\n(no service logs: ").append(ex).append(')');
		}
		return new AssertionError("What the local stack said" + text);
	}

	private static String tail(Path file) {
		try {
			List<String> lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
			return "\n--- " + file + " (last 40 lines)\n"
					+ String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "\n--- " + file + ": " + ex;
		}
	}

}
