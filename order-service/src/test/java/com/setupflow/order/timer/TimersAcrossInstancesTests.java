package com.setupflow.order.timer;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.setupflow.order.support.HttpApi;
import com.setupflow.order.support.OrderServiceInstance;
import com.setupflow.order.support.OrderServiceTest;
import com.setupflow.order.support.Orders;
import com.setupflow.testsupport.MutableClock;
import com.setupflow.testsupport.SharedInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Timers survive restarts and fire once with several instances: whole order services
 * started and stopped on one database, with a clock the test moves.
 */
class TimersAcrossInstancesTests {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private final MutableClock clock = new MutableClock(OrderServiceTest.NOW);

	@Test
	void firesATimerThatFellDueWhileTheServiceWasDownOnceAtRestart() {
		String database = "orders_restart";
		String id;
		try (OrderServiceInstance before = OrderServiceInstance.start(database, this.clock)) {
			id = place(before.api(), OrderServiceTest.TODAY.plusDays(1));
		}
		// The start date comes and goes while no instance runs.
		this.clock.set(startOfDayInParis(OrderServiceTest.TODAY.plusDays(1)).plus(Duration.ofHours(5)));

		try (OrderServiceInstance after = OrderServiceInstance.start(database, this.clock)) {
			// Only its Quartz job sweeps: the firing needs nobody's help.
			await().atMost(PATIENCE).until(() -> setupDueEvents(database, id) == 1);
			after.bean(TimerSweep.class).sweepDue();

			assertThat(setupDueEvents(database, id)).isEqualTo(1);
			assertThat(after.api().get("/api/v1/orders/" + id).json().path("status").asString()).isEqualTo("INVITED");
		}
	}

	@Test
	void twoInstancesOnOneDatabaseFireEachTimerOnce() {
		String database = "orders_twins";
		try (OrderServiceInstance first = OrderServiceInstance.start(database, this.clock);
				OrderServiceInstance second = OrderServiceInstance.start(database, this.clock)) {
			List<String> ids = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				ids.add(place(((i % 2) == 0) ? first.api() : second.api(), OrderServiceTest.TODAY.plusDays(1)));
			}

			this.clock.set(startOfDayInParis(OrderServiceTest.TODAY.plusDays(1)));
			// Both sweep at once, on top of their clustered Quartz jobs.
			CompletableFuture.allOf(sweepRepeatedly(first), sweepRepeatedly(second)).join();
			await().atMost(PATIENCE).until(() -> invited(database, ids) == ids.size());

			assertThat(this.jdbc(database)
				.sql("select message_key from outbox_event where event_type = 'SetupDue'"
						+ " group by message_key having count(*) > 1")
				.query(String.class)
				.list()).as("orders invited twice").isEmpty();
			assertThat(this.jdbc(database)
				.sql("select count(*) from outbox_event where event_type = 'SetupDue'")
				.query(Long.class)
				.single()).isEqualTo(ids.size());
		}
	}

	private static CompletableFuture<Void> sweepRepeatedly(OrderServiceInstance instance) {
		return CompletableFuture.runAsync(() -> {
			for (int i = 0; i < 5; i++) {
				instance.bean(TimerSweep.class).sweepDue();
			}
		});
	}

	private static String place(HttpApi api, java.time.LocalDate start) {
		HttpApi.Response response = api.post("/api/v1/orders",
				Orders.valid("CCW-I-" + UUID.randomUUID().toString().substring(0, 12), start));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().path("id").asString();
	}

	private long setupDueEvents(String database, String orderId) {
		return jdbc(database).sql("select count(*) from outbox_event where message_key = ? and event_type = 'SetupDue'")
			.param(orderId)
			.query(Long.class)
			.single();
	}

	private long invited(String database, List<String> ids) {
		return jdbc(database).sql("select count(*) from purchase_order where status = 'INVITED' and id = any(?)")
			.param(ids.stream().map(UUID::fromString).toArray(UUID[]::new))
			.query(Long.class)
			.single();
	}

	private JdbcClient jdbc(String database) {
		return JdbcClient.create(SharedInfrastructure.dataSource(database));
	}

	private static Instant startOfDayInParis(java.time.LocalDate date) {
		return date.atStartOfDay(PARIS).toInstant();
	}

}
