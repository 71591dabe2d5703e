package com.setupflow.order.timer;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import com.setupflow.events.EventJson;
import com.setupflow.events.order.SetupDue;
import com.setupflow.order.support.HttpApi.Response;
import com.setupflow.order.support.OrderServiceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The order timeline's timers, driven by a clock the test moves: invitation on the start
 * date, stall check a day later, closing after the product's open window.
 */
class OrderTimersTests extends OrderServiceTest {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@Autowired
	private TimerSweep sweep;

	@Test
	void invitesAnOrderForTodayWithinSecondsWithoutAnyoneSweeping() {
		String id = place("CCW-T-001", TODAY);

		// Only the clustered Quartz job sweeps here.
		await().atMost(Duration.ofSeconds(15)).until(() -> statusOf(id).equals("INVITED"));
		assertThat(eventsOf(id)).containsExactly("OrderPlaced", "SetupDue");
	}

	@Test
	void invitesAtMidnightOfTheStartDateInTheOrdersTimeZone() {
		String id = place("CCW-T-002", TODAY.plusDays(2));
		Instant midnightInParis = TODAY.plusDays(2).atStartOfDay(PARIS).toInstant();

		this.clock.set(midnightInParis.minusSeconds(1));
		this.sweep.sweepDue();
		assertThat(statusOf(id)).isEqualTo("RECEIVED");

		this.clock.set(midnightInParis);
		this.sweep.sweepDue();
		assertThat(statusOf(id)).isEqualTo("INVITED");
		SetupDue due = EventJson.read(lastEventPayload(id)).payloadAs(SetupDue.class);
		assertThat(due.dueAt()).isEqualTo(midnightInParis);
	}

	@Test
	void reportsAnUnopenedOrderStalledOnceADayAfterTheInvitation() {
		String id = place("CCW-T-003", TODAY);
		this.sweep.sweepDue();

		this.clock.advance(Duration.ofHours(23));
		this.sweep.sweepDue();
		assertThat(statusOf(id)).isEqualTo("INVITED");

		this.clock.advance(Duration.ofHours(2));
		this.sweep.sweepDue();
		this.sweep.sweepDue();
		assertThat(statusOf(id)).isEqualTo("STALLED");
		assertThat(eventsOf(id)).containsExactly("OrderPlaced", "SetupDue", "OrderStalled");
		assertThat(timelineKinds(id)).containsSubsequence("RECEIVED", "INVITED", "STALLED");
	}

	@Test
	void neverInvitesACancelledOrder() {
		String id = place("CCW-T-004", TODAY.plusDays(3));
		this.api.post("/api/v1/orders/" + id + "/cancel", null);

		this.clock.advance(Duration.ofDays(40));
		this.sweep.sweepDue();

		assertThat(statusOf(id)).isEqualTo("CANCELLED");
		assertThat(eventsOf(id)).containsExactly("OrderPlaced", "OrderCancelled");
	}

	@Test
	void movesTheInvitationWithTheStartDate() {
		String id = place("CCW-T-005", TODAY.plusDays(10));

		Response moved = this.api.put("/api/v1/orders/" + id + "/requested-start-date",
				"{\"requestedStartDate\": \"" + TODAY.plusDays(2) + "\"}");
		this.clock.set(TODAY.plusDays(2).atStartOfDay(PARIS).toInstant());
		this.sweep.sweepDue();

		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		assertThat(statusOf(id)).isEqualTo("INVITED");
		assertThat(eventsOf(id)).containsExactly("OrderPlaced", "RequestedStartDateChanged", "SetupDue");
	}

	@Test
	void refusesToMoveTheStartDateIntoThePastOrAfterTheInvitation() {
		String id = place("CCW-T-006", TODAY);

		Response past = this.api.put("/api/v1/orders/" + id + "/requested-start-date",
				"{\"requestedStartDate\": \"" + TODAY.minusDays(1) + "\"}");
		this.sweep.sweepDue();
		Response afterInvite = this.api.put("/api/v1/orders/" + id + "/requested-start-date",
				"{\"requestedStartDate\": \"" + TODAY.plusDays(5) + "\"}");

		assertThat(past.status()).isEqualTo(400);
		assertThat(past.errorFields()).containsExactly("requestedStartDate");
		assertThat(afterInvite.status()).isEqualTo(409);
		assertThat(eventsOf(id)).containsExactly("OrderPlaced", "SetupDue");
	}

	@Test
	void closesAnOrderStillUnprovisionedAfterItsProductsOpenWindow() {
		// A-WX is a flex offer: open for 7 days from its start date.
		String id = place("CCW-T-007", TODAY);
		this.sweep.sweepDue();

		this.clock.set(TODAY.plusDays(7).atStartOfDay(PARIS).toInstant().minusSeconds(1));
		this.sweep.sweepDue();
		assertThat(statusOf(id)).isEqualTo("STALLED");

		this.clock.advance(Duration.ofSeconds(1));
		this.sweep.sweepDue();
		assertThat(statusOf(id)).isEqualTo("CLOSED");
		assertThat(eventsOf(id)).containsExactly("OrderPlaced", "SetupDue", "OrderStalled", "OrderClosed");
	}

	@Test
	void resendsTheSetupEmailOnlyOnceTheOrderIsInvited() {
		String id = place("CCW-T-008", TODAY.plusDays(1));

		Response early = this.api.post("/api/v1/orders/" + id + "/resend-setup-email", null);
		this.clock.set(TODAY.plusDays(1).atStartOfDay(PARIS).toInstant());
		this.sweep.sweepDue();
		Response resent = this.api.post("/api/v1/orders/" + id + "/resend-setup-email", null);

		assertThat(early.status()).isEqualTo(409);
		assertThat(resent.status()).as(resent.body()).isEqualTo(200);
		assertThat(eventsOf(id)).containsExactly("OrderPlaced", "SetupDue", "SetupResendRequested");
		assertThat(timelineKinds(id)).contains("RESEND_REQUESTED");
	}

	@Test
	void keepsNotesOnTheTimelineWithTheirAuthor() {
		String id = place("CCW-T-009", TODAY.plusDays(1));

		Response added = this.api.post("/api/v1/orders/" + id + "/notes",
				"{\"text\": \"Called the partner, setup on Monday\"}");
		Response unknown = this.api.post("/api/v1/orders/" + UUID.randomUUID() + "/notes", "{\"text\": \"x\"}");
		Response blank = this.api.post("/api/v1/orders/" + id + "/notes", "{\"text\": \" \"}");

		assertThat(added.status()).isEqualTo(204);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(blank.errorFields()).containsExactly("text");
		assertThat(this.api.get("/api/v1/orders/" + id).json().path("timeline").toString())
			.contains("bootstrap: Called the partner, setup on Monday");
	}

	private String lastEventPayload(String orderId) {
		return this.jdbc.sql("select payload from outbox_event where message_key = ? order by id desc limit 1")
			.param(orderId)
			.query(String.class)
			.single();
	}

	private java.util.List<String> timelineKinds(String orderId) {
		java.util.List<String> kinds = new java.util.ArrayList<>();
		this.api.get("/api/v1/orders/" + orderId)
			.json()
			.path("timeline")
			.forEach((entry) -> kinds.add(entry.path("kind").asString()));
		return kinds;
	}

}
