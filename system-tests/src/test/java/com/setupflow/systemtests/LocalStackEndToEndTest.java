package com.setupflow.systemtests;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The README's Run promise, checked across real processes: on an empty data directory
 * {@code java -jar local-stack/target/local-stack.jar} brings the whole system up; the
 * {@code curl} it prints places an order (201, then 200 with the same id on replay); the
 * order's provisioning case appears; stopping the stack (SIGTERM, as Ctrl-C) and starting
 * it again on the same data keeps both, and new orders still flow.
 *
 * <p>
 * It runs the built jars, so they must exist: the reactor builds them before this module,
 * or {@code ./mvnw -DskipTests package} at the repository root does.
 */
class LocalStackEndToEndTest {

	/** The stack waits up to 90 s for its services; the rest is for the servers. */
	private static final Duration STARTUP = Duration.ofSeconds(120);

	/**
	 * The stack gives its services 30 s to stop, then closes Kafka, mail and PostgreSQL.
	 */
	private static final Duration SHUTDOWN = Duration.ofSeconds(60);

	/**
	 * The README says "within a second"; this bound only tells a slow machine from a
	 * broken pipeline. Latency is measured by the benchmark, not asserted here.
	 */
	private static final Duration CASE_APPEARS = Duration.ofSeconds(10);

	private static final ZoneId FIRST_ORDER_ZONE = ZoneId.of("Europe/Paris");

	/** The banner's ready-to-paste first order: URL, API key and body. */
	private static final Pattern PRINTED_CURL = Pattern.compile("curl -i -X POST (\\S+) -H 'Authorization: Bearer "
			+ "([^']+)' -H 'Content-Type: application/json' -d '([^']+)'");

	/**
	 * Surefire runs in the module's directory; the README's command runs from its parent.
	 */
	private static final Path REPOSITORY = Path.of(System.getProperty("basedir", "")).toAbsolutePath().getParent();

	private static final Path WORK = REPOSITORY.resolve("system-tests/target/local-stack-e2e");

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private static final JsonMapper json = JsonMapper.builder().build();

	/**
	 * The latest run: its output explains a failure, and it is stopped whatever happens.
	 */
	private static StackRun latest;

	@RegisterExtension
	static final TestExecutionExceptionHandler showWhatTheStackSaid = (context, failure) -> {
		if (latest != null) {
			failure.addSuppressed(latest.diagnosis());
		}
		throw failure;
	};

	@AfterAll
	static void leaveNoProcessBehind() {
		if (latest != null) {
			latest.forceStop();
		}
	}

	@Test
	@Timeout(value = 10, unit = TimeUnit.MINUTES) // a hang must not stall the build
	void placesAnOrderThatReachesProvisioningAndSurvivesARestart() throws Exception {
		for (String module : List.of("local-stack", "order-service", "provisioning-service", "notification-service")) {
			assertThat(REPOSITORY.resolve(module + "/target/" + module + ".jar"))
				.as("%s's jar; build it first from %s: ./mvnw -DskipTests package", module, REPOSITORY)
				.isRegularFile();
		}
		Ports ports = Ports.free();
		Path dataDir = emptyDirectory(WORK.resolve("data"));

		// A fresh clone: nothing in the data directory yet.
		StackRun first = StackRun.start(dataDir, ports, WORK.resolve("first-run.out"));
		PrintedOrder printed = first.awaitBanner();
		assertThat(printed.url()).isEqualTo(ports.orderUrl() + "/api/v1/orders");
		assertThat(json.readTree(printed.body()).path("requestedStartDate").asString())
			.isEqualTo(LocalDate.now(FIRST_ORDER_ZONE).toString());

		HttpResponse<String> created = post(printed, printed.body());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String orderId = json.readTree(created.body()).path("id").asString();
		assertThat(orderId).isNotBlank();

		// The commerce system retries: same body, same order.
		HttpResponse<String> replayed = post(printed, printed.body());
		assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(200);
		assertThat(json.readTree(replayed.body()).path("id").asString()).isEqualTo(orderId);

		assertIsAwaitingSetup(awaitCase(ports, orderId), "CCW-100234");

		first.stop();

		// Same data and ports: yesterday's order and case are still there.
		StackRun second = StackRun.start(dataDir, ports, WORK.resolve("second-run.out"));
		PrintedOrder printedAgain = second.awaitBanner();
		HttpResponse<String> order = send(HttpRequest.newBuilder(URI.create(printedAgain.url() + "/" + orderId))
			.header("Authorization", "Bearer " + printedAgain.apiKey()));
		assertThat(order.statusCode()).as(order.body()).isEqualTo(200);
		assertThat(json.readTree(order.body()).path("orderNumber").asString()).isEqualTo("CCW-100234");
		HttpResponse<String> keptCase = send(HttpRequest.newBuilder(caseUri(ports, orderId)));
		assertThat(keptCase.statusCode()).as(keptCase.body()).isEqualTo(200);
		assertIsAwaitingSetup(json.readTree(keptCase.body()), "CCW-100234");

		// Kafka, the outbox relay and the consumer came back too: a new order flows.
		ObjectNode next = (ObjectNode) json.readTree(printedAgain.body());
		next.put("orderNumber", "CCW-100235");
		HttpResponse<String> nextCreated = post(printedAgain, json.writeValueAsString(next));
		assertThat(nextCreated.statusCode()).as(nextCreated.body()).isEqualTo(201);
		assertIsAwaitingSetup(awaitCase(ports, json.readTree(nextCreated.body()).path("id").asString()), "CCW-100235");

		second.stop();
	}

	private static void assertIsAwaitingSetup(JsonNode provisioningCase, String orderNumber) {
		assertThat(provisioningCase.path("orderNumber").asString()).isEqualTo(orderNumber);
		assertThat(provisioningCase.path("status").asString()).isEqualTo("AWAITING_SETUP");
	}

	/**
	 * Polls the provisioning API, which answers 404 until the order event is consumed.
	 */
	private static JsonNode awaitCase(Ports ports, String orderId) {
		HttpResponse<String> found = await("the provisioning case of order " + orderId).atMost(CASE_APPEARS)
			.pollInterval(Duration.ofMillis(100))
			.until(() -> send(HttpRequest.newBuilder(caseUri(ports, orderId))),
					(response) -> response.statusCode() == 200);
		return json.readTree(found.body());
	}

	private static URI caseUri(Ports ports, String orderId) {
		return URI.create(ports.provisioningUrl() + "/api/v1/provisioning/" + orderId);
	}

	/** What the printed curl does, with another body if need be. */
	private static HttpResponse<String> post(PrintedOrder curl, String body) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(curl.url()))
			.header("Authorization", "Bearer " + curl.apiKey())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A fresh directory: a run never sees the data of an earlier one. */
	private static Path emptyDirectory(Path directory) throws IOException {
		if (Files.exists(directory)) {
			try (Stream<Path> paths = Files.walk(directory)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
		return Files.createDirectories(directory);
	}

	/** The order the banner's curl places. */
	record PrintedOrder(String url, String apiKey, String body) {

	}

	/**
	 * Every port the stack opens, so that it runs beside anything else on the machine.
	 */
	record Ports(int postgres, int kafka, int smtp, int imap, int mailbox, int order, int provisioning,
			int notification) {

		/**
		 * Free ports below Linux's ephemeral range (32768 and up): outgoing connections
		 * take their local ports from that range and could take one of these before its
		 * server binds it, above all at the restart.
		 */
		static Ports free() {
			List<Integer> found = new ArrayList<>();
			for (int port = ThreadLocalRandom.current().nextInt(20000, 30000); found.size() < 8; port++) {
				try (ServerSocket socket = new ServerSocket(port)) {
					found.add(port);
				}
				catch (IOException ex) {
					// Taken: try the next one.
				}
			}
			return new Ports(found.get(0), found.get(1), found.get(2), found.get(3), found.get(4), found.get(5),
					found.get(6), found.get(7));
		}

		List<String> options() {
			return List.of("--postgres-port=" + this.postgres, "--kafka-port=" + this.kafka, "--smtp-port=" + this.smtp,
					"--imap-port=" + this.imap, "--mailbox-port=" + this.mailbox, "--order-port=" + this.order,
					"--provisioning-port=" + this.provisioning, "--notification-port=" + this.notification);
		}

		String orderUrl() {
			return "http://localhost:" + this.order;
		}

		String provisioningUrl() {
			return "http://localhost:" + this.provisioning;
		}

	}

	/**
	 * One run of the local stack's jar, as the README starts it, its output in a file.
	 */
	static final class StackRun {

		private final Process process;

		private final Path dataDir;

		private final Path output;

		private StackRun(Process process, Path dataDir, Path output) {
			this.process = process;
			this.dataDir = dataDir;
			this.output = output;
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
			latest = new StackRun(process, dataDir, output);
			return latest;
		}

		/**
		 * Waits for the banner, which comes once every service answers its readiness
		 * probe.
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
		 * Ctrl-C: SIGTERM to the stack, whose shutdown hook stops the services, then
		 * Kafka, mail and PostgreSQL. Nothing it started may outlive it.
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
			// Lenient decoding: the last bytes may be half a character still being
			// written.
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

}
