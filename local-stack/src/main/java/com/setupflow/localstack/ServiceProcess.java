package com.setupflow.localstack;

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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A service running as a child JVM, its output appended to its own log file. */
final class ServiceProcess {

	/**
	 * Small heap and stack, serial GC and C1 only: three services on a 2-core machine.
	 */
	static final List<String> JVM_FLAGS = List.of("-Xss512k", "-XX:+UseSerialGC", "-Xmx256m",
			"-XX:TieredStopAtLevel=1");

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	private final Service service;

	private final String url;

	private final Process process;

	private final Path log;

	private ServiceProcess(Service service, String url, Process process, Path log) {
		this.service = service;
		this.url = url;
		this.process = process;
		this.log = log;
	}

	/**
	 * Starts {@code service}'s jar; {@code url} is where it will listen (its port is in
	 * {@code environment}).
	 */
	static ServiceProcess launch(Service service, String url, Path jar, Path log, Map<String, String> environment)
			throws IOException {
		List<String> command = new ArrayList<>(CpuPriority.commandPrefix(service));
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(JVM_FLAGS);
		command.add("-jar");
		command.add(jar.toString());
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().putAll(environment);
		return new ServiceProcess(service, url, builder.start(), log);
	}

	Service service() {
		return this.service;
	}

	Path log() {
		return this.log;
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	int exitCode() {
		return this.process.exitValue();
	}

	/** Runs {@code action} if the process ends by itself or is killed. */
	void onExit(Runnable action) {
		this.process.onExit().thenRun(action);
	}

	/**
	 * Polls the readiness probe until it answers 200, the process exits or the deadline
	 * passes.
	 * @param deadline when to give up
	 * @return whether the service is ready
	 */
	boolean awaitReady(Instant deadline) {
		HttpRequest probe = HttpRequest.newBuilder(URI.create(this.url + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(2))
			.build();
		while (this.process.isAlive() && Instant.now().isBefore(deadline)) {
			try {
				if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return true;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
			awaitExit(Duration.ofMillis(500));
		}
		return false;
	}

	/**
	 * Asks the service to stop: SIGTERM, which Spring Boot turns into a graceful
	 * shutdown.
	 */
	void terminate() {
		this.process.destroy();
	}

	/**
	 * Waits for the process to end.
	 * @param timeout how long to wait at most
	 * @return whether it has ended
	 */
	boolean awaitExit(Duration timeout) {
		try {
			this.process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (TimeoutException ex) {
			return false;
		}
		catch (ExecutionException ex) {
			return !this.process.isAlive();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return !this.process.isAlive();
		}
	}

	void kill() {
		this.process.destroyForcibly();
	}

}
