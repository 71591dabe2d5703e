package com.setupflow.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import com.setupflow.faults.TrackedOrder.Kind;
import com.setupflow.faults.TrackedOrder.Step;

/**
 * A steady stream of orders through the commerce API, each followed as its kind says:
 * left alone, cancelled once invited, or installed and deployed through the setup API
 * once its "Configure now" email arrives. Every call is retried until it gets an answer
 * (a connection refused, a timeout or a 5xx is retried; the intake is idempotent on the
 * order number, so a retry of an order whose answer was lost gets the same order back),
 * so the stream goes on through every fault.
 */
final class Traffic implements AutoCloseable {

	private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	private static final Pattern SETUP_LINK = Pattern.compile("https?://[^\\s<>\"']+/setup/([A-Za-z0-9_\\-]+)");

	private static final Duration RETRY = Duration.ofMillis(500);

	private static final Duration POLL = Duration.ofMillis(250);

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final Cluster cluster;

	private final MailIndex mail;

	private final String run;

	private final Duration giveUpAfter;

	private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(12, (task) -> {
		Thread thread = new Thread(task, "traffic");
		thread.setDaemon(true);
		return thread;
	});

	private final List<TrackedOrder> orders = new CopyOnWriteArrayList<>();

	private final AtomicInteger sequence = new AtomicInteger();

	private final AtomicInteger roundRobin = new AtomicInteger();

	private final AtomicLong failedCalls = new AtomicLong();

	private volatile String phase = "start";

	private ScheduledFuture<?> stream;

	Traffic(Cluster cluster, MailIndex mail, String run, Duration giveUpAfter) {
		this.cluster = cluster;
		this.mail = mail;
		this.run = run;
		this.giveUpAfter = giveUpAfter;
	}

	/** Orders placed from now on belong to {@code phase}. */
	void phase(String phase) {
		this.phase = phase;
	}

	/** Places {@code perSecond} new orders a second until {@link #pause()}. */
	synchronized void start(int perSecond) {
		if (this.stream == null) {
			this.stream = this.executor.scheduleAtFixedRate(this::placeNext, 0, 1_000_000 / perSecond,
					TimeUnit.MICROSECONDS);
		}
	}

	/** No new orders; those under way go on. */
	synchronized void pause() {
		if (this.stream != null) {
			this.stream.cancel(false);
			this.stream = null;
		}
	}

	List<TrackedOrder> orders() {
		return List.copyOf(this.orders);
	}

	/** Calls that got no answer or a 5xx, and were retried. */
	long failedCalls() {
		return this.failedCalls.get();
	}

	boolean allSettled() {
		return this.orders.stream().allMatch(TrackedOrder::isSettled);
	}

	private void placeNext() {
		TrackedOrder order = new TrackedOrder(this.run, this.sequence.incrementAndGet(), this.phase);
		this.orders.add(order);
		this.executor.execute(() -> step(order));
	}

	private void again(TrackedOrder order, Duration delay) {
		this.executor.schedule(() -> step(order), delay.toMillis(), TimeUnit.MILLISECONDS);
	}

	private void step(TrackedOrder order) {
		if (order.isSettled()) {
			return;
		}
		if (Duration.between(order.createdAt, Instant.now()).compareTo(this.giveUpAfter) > 0) {
			order.problem = "driver gave up at " + order.step + " after " + this.giveUpAfter.toSeconds() + " s";
			order.step = Step.GAVE_UP;
			return;
		}
		try {
			Optional<Duration> next = switch (order.step) {
				case PLACE -> place(order);
				case AWAIT_INVITE -> awaitInvite(order);
				case INSTALL -> install(order);
				case PASSWORD -> setup(order, "PUT", "/password", passwordBody(), Step.CALLING, Step.CALLING);
				case CALLING -> setup(order, "PUT", "/settings/calling",
						json.createObjectNode()
							.put("location", "HQ")
							.put("emergencyNumber", "+41 44 000 00 00")
							.put("voicemail", true),
						Step.MEETINGS, Step.DEPLOY);
				case MEETINGS -> setup(order, "PUT", "/settings/meetings",
						json.createObjectNode()
							.put("language", "en")
							.put("guestsAllowed", true)
							.put("recording", false),
						Step.ENTERPRISE, Step.DEPLOY);
				case ENTERPRISE -> setup(order, "PUT", "/settings/enterprise",
						json.createObjectNode().put("subdomain", order.subdomain), Step.DEPLOY, Step.DEPLOY);
				case DEPLOY -> setup(order, "POST", "/deployment", null, Step.DONE, Step.DONE);
				case CANCEL -> cancel(order);
				case DONE, GAVE_UP -> Optional.empty();
			};
			next.ifPresent((delay) -> again(order, delay));
		}
		catch (IOException ex) {
			this.failedCalls.incrementAndGet();
			order.failedAttempts++;
			again(order, RETRY);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			order.problem = "driver error at " + order.step + ": " + ex;
			order.step = Step.GAVE_UP;
		}
	}

	private Optional<Duration> place(TrackedOrder order) throws IOException, InterruptedException {
		ServiceNode node = next(Service.ORDER);
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(node.url() + "/api/v1/orders"))
			.header("Authorization", "Bearer " + Cluster.API_KEY)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(orderBody(order))));
		int status = response.statusCode();
		if (status == 201 || status == 200) {
			order.id = UUID.fromString(json.readTree(response.body()).path("id").asString());
			order.acceptedWith = status;
			order.acceptedAt = Instant.now();
			order.step = switch (order.kind) {
				case FUTURE, INVITE -> Step.DONE;
				case CANCEL, DEPLOY -> Step.AWAIT_INVITE;
			};
			return (order.step == Step.DONE) ? Optional.empty() : Optional.of(POLL);
		}
		return retryOrFail(order, response);
	}

	private Optional<Duration> awaitInvite(TrackedOrder order) {
		for (MailIndex.Mail mail : this.mail.to(order.contact)) {
			if (mail.kind() == MailIndex.Kind.CONFIGURE_NOW) {
				Matcher link = SETUP_LINK.matcher(mail.textBody());
				if (!link.find()) {
					throw new IllegalStateException("No setup link in " + mail.textBody());
				}
				order.token = link.group(1);
				order.invitedAt = mail.receivedAt();
				order.step = (order.kind == Kind.CANCEL) ? Step.CANCEL : Step.INSTALL;
				return Optional.of(Duration.ZERO);
			}
		}
		return Optional.of(POLL);
	}

	private Optional<Duration> install(TrackedOrder order) throws IOException, InterruptedException {
		ObjectNode draft = json.createObjectNode().put("role", "PARTNER").put("who", "ME");
		draft.set("partnerOrg", org("Partner " + order.number, "DE", "1 Main Street", "Berlin", "10115"));
		draft.put("customerAdminEmail", order.customerAdmin);
		draft.set("customerOrg", org("Customer " + order.number, "FR", "2 rue de Rivoli", "Paris", "75001"));
		// 409: installed already, by an attempt whose answer was lost.
		return setup(order, "POST", "/installation", draft, Step.PASSWORD, Step.PASSWORD);
	}

	/**
	 * One call of the setup API; 2xx moves to {@code next}, 409 (done already, or past
	 * that step) to {@code onConflict}.
	 */
	private Optional<Duration> setup(TrackedOrder order, String method, String path, ObjectNode body, Step next,
			Step onConflict) throws IOException, InterruptedException {
		ServiceNode node = next(Service.PROVISIONING);
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create(node.url() + "/api/v1/setup/" + order.token + path));
		if (body != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		HttpResponse<String> response = send(request);
		int status = response.statusCode();
		if (status >= 200 && status < 300) {
			order.step = next;
			return (next == Step.DONE) ? Optional.empty() : Optional.of(Duration.ZERO);
		}
		if (status == 409) {
			order.step = onConflict;
			return (onConflict == Step.DONE) ? Optional.empty() : Optional.of(Duration.ZERO);
		}
		return retryOrFail(order, response);
	}

	private Optional<Duration> cancel(TrackedOrder order) throws IOException, InterruptedException {
		ServiceNode node = next(Service.ORDER);
		HttpResponse<String> response = send(
				HttpRequest.newBuilder(URI.create(node.url() + "/api/v1/orders/" + order.id + "/cancel"))
					.header("Authorization", "Bearer " + Cluster.API_KEY)
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"fault suite\"}")));
		int status = response.statusCode();
		// 409: cancelled already, by an attempt whose answer was lost.
		if ((status >= 200 && status < 300) || status == 409) {
			order.step = Step.DONE;
			return Optional.empty();
		}
		return retryOrFail(order, response);
	}

	/** A 5xx is retried; any other answer is a driver error worth reading. */
	private Optional<Duration> retryOrFail(TrackedOrder order, HttpResponse<String> response) {
		if (response.statusCode() >= 500) {
			this.failedCalls.incrementAndGet();
			order.failedAttempts++;
			return Optional.of(RETRY);
		}
		order.problem = order.step + " answered " + response.statusCode() + ": " + response.body();
		order.step = Step.GAVE_UP;
		return Optional.empty();
	}

	/**
	 * Ready instances of a service take turns: with two of each, both serve. With none
	 * ready (killed, restarting) the first gets the call, fails, and the call is retried.
	 */
	private ServiceNode next(Service service) {
		List<ServiceNode> instances = this.cluster.instances(service);
		List<ServiceNode> ready = instances.stream().filter(ServiceNode::isReady).toList();
		List<ServiceNode> candidates = ready.isEmpty() ? instances : ready;
		return candidates.get(Math.floorMod(this.roundRobin.getAndIncrement(), candidates.size()));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private String orderBody(TrackedOrder order) {
		LocalDate today = LocalDate.now(ZONE);
		ObjectNode body = json.createObjectNode().put("orderNumber", order.orderNumber);
		body.putObject("partner")
			.put("id", "FP-" + this.run + "-" + order.number)
			.put("name", "Partner " + order.number);
		body.putObject("customer").put("name", "Customer " + order.number);
		body.putArray("items").addObject().put("sku", "A-WX").put("quantity", 25);
		body.put("requestedStartDate", ((order.kind == Kind.FUTURE) ? today.plusDays(10) : today).toString());
		body.put("timeZone", ZONE.getId());
		body.put("deploymentContactEmail", order.contact);
		body.put("accountRepEmail", Cluster.REP_EMAIL);
		body.put("locale", "en");
		return json.writeValueAsString(body);
	}

	private static ObjectNode passwordBody() {
		return json.createObjectNode()
			.put("password", "correct horse battery staple")
			.put("passwordConfirmation", "correct horse battery staple");
	}

	private static ObjectNode org(String name, String country, String addressLine, String city, String postalCode) {
		return json.createObjectNode()
			.put("name", name)
			.put("country", country)
			.put("addressLine", addressLine)
			.put("city", city)
			.put("postalCode", postalCode);
	}

	@Override
	public void close() {
		pause();
		this.executor.shutdownNow();
	}

}
