package com.setupflow.benchmark;

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

	OrderLoader(String api) {
		this.api = api;
	}

	/**
	 * Places {@code count} orders starting in a month (so no timer fires while loading).
	 * @return how long it took
	 */
	Duration load(String tag, int count, int clients) throws Exception {
		LocalDate start = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(30);
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long began = System.nanoTime();
		try {
			List<Future<?>> workers = new ArrayList<>();
			for (int c = 0; c < clients; c++) {
				workers.add(pool.submit(() -> {
					for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
						place(tag + "-" + i, start, i);
						if (i % 10_000 == 0) {
							System.out.printf("  placed %,d orders%n", i);
						}
					}
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
		return Duration.ofNanos(System.nanoTime() - began);
	}

	private void place(String orderNumber, LocalDate start, int i) throws Exception {
		String body = """
				{"orderNumber":"%s","partner":{"id":"P-BENCH","name":"Bench Partner"},
				 "customer":{"name":"Bench Customer %d"},"items":[{"sku":"A-SPK","quantity":25}],
				 "requestedStartDate":"%s","timeZone":"Europe/Paris",
				 "deploymentContactEmail":"deploy-%d@bench.example","accountRepEmail":"rep@vendor.example"}
				""".formatted(orderNumber, i, start, i % CONTACTS);
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.api))
			.header("Authorization", "Bearer " + Stack.API_KEY)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 201) {
			throw new IllegalStateException(
					"Order " + orderNumber + " answered " + response.statusCode() + ": " + response.body());
		}
	}

}
