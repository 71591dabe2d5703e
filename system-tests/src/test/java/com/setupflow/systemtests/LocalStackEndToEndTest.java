package com.setupflow.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;

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

	/**
	 * The README says "within a second"; this bound only tells a slow machine from a
	 * broken pipeline. Latency is measured by the benchmark, not asserted here.
	 */
	private static final Duration CASE_APPEARS = Duration.ofSeconds(10);

	private static final ZoneId FIRST_ORDER_ZONE = ZoneId.of("Europe/Paris");

	private static final Path WORK = StackRun.REPOSITORY.resolve("system-tests/target/local-stack-e2e");

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
		StackRun.assertJarsBuilt();
		Ports ports = Ports.free();
		Path dataDir = StackRun.emptyDirectory(WORK.resolve("data"));

		// A fresh clone: nothing in the data directory yet.
		StackRun first = started(dataDir, ports, WORK.resolve("first-run.out"));
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
		StackRun second = started(dataDir, ports, WORK.resolve("second-run.out"));
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

	private static StackRun started(Path dataDir, Ports ports, Path output) throws IOException {
		latest = StackRun.start(dataDir, ports, output);
		return latest;
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

}
