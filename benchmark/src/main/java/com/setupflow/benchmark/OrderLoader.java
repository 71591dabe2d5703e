package com.setupflow.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Places orders through the commerce API, as the commerce system would, from a few
 * concurrent clients.
 */
final class OrderLoader {

	/** Few distinct contacts: the benchmark's mail server files mail per recipient. */
	static final int CONTACTS = 100;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final String api;

	private final LocalDate start = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(30);

	OrderLoader(String api) {
		this.api = api;
	}

	/**
	 * Places {@code count} orders starting in a month (so no timer fires while loading).
	 * @return how long it took
	 */
	Duration load(String tag, int count, int clients) throws Exception {
		AtomicInteger next = new AtomicInteger();
		long began = System.nanoTime();
		runClients(clients, () -> {
			for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
				HttpResponse<String> response = place(tag + "-" + i, i);
				if (response.statusCode() != 201) {
					throw new IllegalStateException(
							"Order " + tag + "-" + i + " answered " + response.statusCode() + ": " + response.body());
				}
				if (i % 10_000 == 0) {
					System.out.printf("  placed %,d orders%n", i);
				}
			}
		});
		return Duration.ofNanos(System.nanoTime() - began);
	}

	/**
	 * Places orders as fast as {@code clients} closed-loop clients can, each sending its
	 * next order when the last is answered, for {@code warmup} and then {@code measure}.
	 * Only orders answered within the measured window count.
	 */
	Sustained sustain(String tag, int clients, Duration warmup, Duration measure) throws Exception {
		AtomicInteger next = new AtomicInteger();
		AtomicInteger accepted = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		long from = System.nanoTime() + warmup.toNanos();
		long until = from + measure.toNanos();
		runClients(clients, () -> {
			while (System.nanoTime() < until) {
				int i = next.getAndIncrement();
				int status = statusOf(tag + "-" + i, i);
				long answered = System.nanoTime();
				if (answered >= from && answered < until) {
					(status == 201 ? accepted : errors).incrementAndGet();
				}
			}
		});
		return new Sustained(accepted.get(), errors.get(), next.get(), measure);
	}

	/** The commerce system's request for one order. */
	HttpRequest request(String orderNumber, int i) {
		String body = """
				{"orderNumber":"%s","partner":{"id":"P-BENCH","name":"Bench Partner"},
				 "customer":{"name":"Bench Customer %d"},"items":[{"sku":"A-SPK","quantity":25}],
				 "requestedStartDate":"%s","timeZone":"Europe/Paris",
				 "deploymentContactEmail":"deploy-%d@bench.example","accountRepEmail":"rep@vendor.example"}
				""".formatted(orderNumber, i, this.start, i % CONTACTS);
		return HttpRequest.newBuilder(URI.create(this.api))
			.header("Authorization", "Bearer " + Stack.API_KEY)
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	/** The answer's status, or -1 when there was none (timeout, connection lost). */
	private int statusOf(String orderNumber, int i) throws InterruptedException {
		try {
			return place(orderNumber, i).statusCode();
		}
		catch (IOException ex) {
			return -1;
		}
	}

	HttpClient http() {
		return this.http;
	}

	private HttpResponse<String> place(String orderNumber, int i) throws IOException, InterruptedException {
		return this.http.send(request(orderNumber, i), HttpResponse.BodyHandlers.ofString());
	}

	private static void runClients(int clients, Client client) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			List<Future<?>> workers = new ArrayList<>();
			for (int c = 0; c < clients; c++) {
				workers.add(pool.submit(() -> {
					client.run();
					return null;
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@FunctionalInterface
	private interface Client {

		void run() throws Exception;

	}

	/**
	 * Orders placed in the measured window of a closed-loop load.
	 *
	 * @param accepted answered 201 (committed) within the window
	 * @param errors answered otherwise within the window
	 * @param placed requests sent in all, warm-up included
	 * @param window the measured window
	 */
	record Sustained(int accepted, int errors, int placed, Duration window) {

		double perSecond() {
			return this.accepted / (this.window.toMillis() / 1000.0);
		}

	}

}
