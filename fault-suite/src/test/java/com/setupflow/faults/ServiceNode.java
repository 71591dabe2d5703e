package com.setupflow.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * One instance of a service: a child JVM running the service's jar on its own port, its
 * output appended to its own log. It can be killed (SIGKILL) and started again on the
 * same port, database and consumer group.
 */
final class ServiceNode {

	/** The local stack's flags: three (or six) services share a 2-core machine. */
	static final List<String> JVM_FLAGS = List.of("-Xss512k", "-XX:+UseSerialGC", "-Xmx256m", "-XX:TieredStopAtLevel=1",
			"-Xshare:auto");

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	private final Service service;

	private final String name;

	private final int port;

	private final Path jar;

	private final Path log;

	private final Map<String, String> environment;

	private volatile Process process;

	/** Answered its readiness probe since it was last launched. */
	private volatile boolean ready;

	ServiceNode(Service service, String name, int port, Path jar, Path log, Map<String, String> environment) {
		this.service = service;
		this.name = name;
		this.port = port;
		this.jar = jar;
		this.log = log;
		this.environment = Map.copyOf(environment);
	}

	Service service() {
		return this.service;
	}

	String name() {
		return this.name;
	}

	String url() {
		return "http://localhost:" + this.port;
	}

	Path log() {
		return this.log;
	}

	long pid() {
		return this.process.pid();
	}

	/** Launched, ready, and not killed or stopped since: worth sending requests to. */
	boolean isReady() {
		return this.ready && isAlive();
	}

	boolean isAlive() {
		Process running = this.process;
		return running != null && running.isAlive();
	}

	/** Launches the JVM; {@link #awaitReady(Duration)} tells when it serves. */
	void launch() throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(JVM_FLAGS);
		command.add("-jar");
		command.add(this.jar.toString());
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.log.toFile()));
		builder.environment().putAll(this.environment);
		this.ready = false;
		this.process = builder.start();
	}

	/**
	 * Waits for the readiness probe to answer 200.
	 * @return when it did
	 */
	Instant awaitReady(Duration bound) {
		HttpRequest probe = HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(2))
			.build();
		await(this.name + " ready").atMost(bound)
			.pollInterval(Duration.ofMillis(200))
			.failFast(this.name + " exited; see " + this.log, () -> !isAlive())
			.ignoreExceptionsInstanceOf(IOException.class)
			.until(() -> http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
		this.ready = true;
		return Instant.now();
	}

	/** SIGKILL: no shutdown hook, no graceful close, nothing flushed. */
	void kill() throws InterruptedException {
		Process running = this.process;
		this.ready = false;
		running.destroyForcibly();
		if (!running.waitFor(30, TimeUnit.SECONDS)) {
			throw new IllegalStateException(this.name + " survived SIGKILL for 30 s");
		}
	}

	/** SIGTERM, then SIGKILL if it has not stopped after a bound. */
	void stop() throws InterruptedException {
		Process running = this.process;
		this.ready = false;
		if (running == null || !running.isAlive()) {
			return;
		}
		running.destroy();
		if (!running.waitFor(30, TimeUnit.SECONDS)) {
			running.destroyForcibly();
			running.waitFor(30, TimeUnit.SECONDS);
		}
	}

}
