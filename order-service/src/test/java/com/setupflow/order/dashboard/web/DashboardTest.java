package com.setupflow.order.dashboard.web;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Autowired;

import com.setupflow.order.dashboard.AccountReps;
import com.setupflow.order.support.Browser;
import com.setupflow.order.support.HttpApi.Response;
import com.setupflow.order.support.OrderServiceTest;
import com.setupflow.order.timer.TimerSweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Dashboard tests: reps of their own (one per test, so other tests' orders never show),
 * orders made to stall by moving the clock, and a browser over real HTTP.
 */
abstract class DashboardTest extends OrderServiceTest {

	static final String PASSWORD = "correct horse battery staple";

	private static final AtomicInteger sequence = new AtomicInteger();

	@Autowired
	AccountReps reps;

	@Autowired
	TimerSweep sweep;

	/** A new rep, with {@link #PASSWORD}. */
	String newRep() {
		String email = "rep" + sequence.incrementAndGet() + "-" + System.nanoTime() + "@vendor.example";
		this.reps.registerIfAbsent(email, "Rep " + sequence.get(), PASSWORD);
		return email;
	}

	/** A browser signed in as the rep. */
	Browser signedIn(String rep) {
		return signedIn(rep, "en-GB,en;q=0.9");
	}

	Browser signedIn(String rep, String acceptLanguage) {
		Browser browser = new Browser(this.port, acceptLanguage);
		Browser.Page dashboard = browser.signIn(rep, PASSWORD);
		assertThat(dashboard.uri().getPath()).as(dashboard.html()).isEqualTo("/dashboard");
		return browser;
	}

	/** A unique order number for this JVM's database. */
	static String orderNumber() {
		return "CCW-D-" + sequence.incrementAndGet() + "-" + (System.nanoTime() % 1_000_000);
	}

	/** Places an order for today naming this rep; returns its id. */
	String placeFor(String repEmail, String number, String partnerName) {
		Response placed = this.api.post("/api/v1/orders", """
				{"orderNumber": "%s",
				 "partner": {"id": "P-2001", "name": "%s"},
				 "customer": {"name": "Globex SA"},
				 "items": [{"sku": "A-WX", "quantity": 25}],
				 "requestedStartDate": "%s",
				 "timeZone": "Europe/Paris",
				 "deploymentContactEmail": "deploy@acme.example",
				 "accountRepEmail": "%s"}
				""".formatted(number, partnerName, TODAY, repEmail));
		assertThat(placed.status()).as(placed.body()).isEqualTo(201);
		return placed.json().path("id").asString();
	}

	/**
	 * Lets these orders for today be invited, then stall when the check falls due a day
	 * later: the clock ends 25 hours after {@link #NOW}. The service's own Quartz sweep
	 * runs alongside and may hold a timer for a moment, so each step sweeps until done;
	 * the clock moves only once every invitation (and so its stall check) is committed.
	 */
	void stall(String... orderIds) {
		awaitStatus("INVITED", orderIds);
		this.clock.advance(Duration.ofHours(25));
		awaitStatus("STALLED", orderIds);
	}

	void awaitStatus(String status, String... orderIds) {
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
			this.sweep.sweepDue();
			for (String id : orderIds) {
				assertThat(statusOf(id)).isEqualTo(status);
			}
		});
	}

	/** One stalled order of the rep's (see {@link #stall}). */
	String stalledOrderFor(String repEmail, String partnerName) {
		String id = placeFor(repEmail, orderNumber(), partnerName);
		stall(id);
		return id;
	}

	String contactOf(String orderId) {
		return this.api.get("/api/v1/orders/" + orderId).json().path("deploymentContactEmail").asString();
	}

	String timelineOf(String orderId) {
		return this.api.get("/api/v1/orders/" + orderId).json().path("timeline").toString();
	}

}
