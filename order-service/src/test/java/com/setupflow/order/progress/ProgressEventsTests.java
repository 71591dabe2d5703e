package com.setupflow.order.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import com.setupflow.events.EventEnvelope;
import com.setupflow.events.Topics;
import com.setupflow.events.notification.NotificationFailed;
import com.setupflow.events.notification.NotificationSent;
import com.setupflow.events.provisioning.ProvisioningStarted;
import com.setupflow.events.provisioning.SetupLinkIssued;
import com.setupflow.order.support.EventPublisher;
import com.setupflow.order.support.OrderServiceTest;
import com.setupflow.order.timer.TimerSweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the provisioning and notification services report reaches the order: on its
 * timeline once per event, and an opened link keeps the order from stalling.
 */
class ProgressEventsTests extends OrderServiceTest {

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	@Autowired
	private TimerSweep sweep;

	@Test
	void neverStallsAnOrderWhoseSetupLinkWasOpened() {
		String id = place("CCW-P-001", TODAY);
		this.sweep.sweepDue();
		UUID orderId = UUID.fromString(id);

		EventPublisher.publish(Topics.PROVISIONING, orderId,
				new ProvisioningStarted(orderId, "CCW-P-001", UUID.randomUUID(), NOW.plusSeconds(60)));
		await().atMost(PATIENCE).until(() -> statusOf(id).equals("SETUP_STARTED"));
		this.clock.advance(Duration.ofDays(2));
		this.sweep.sweepDue();

		assertThat(statusOf(id)).isEqualTo("SETUP_STARTED");
		assertThat(eventsOf(id)).doesNotContain("OrderStalled");
		assertThat(timelineKinds(id)).contains("LINK_OPENED");
	}

	@Test
	void recordsEachReportOnceOnTheTimelineEvenWhenRedelivered() {
		String id = place("CCW-P-002", TODAY);
		UUID orderId = UUID.fromString(id);
		EventEnvelope issued = EventPublisher.publish(Topics.PROVISIONING, orderId,
				new SetupLinkIssued(orderId, "CCW-P-002", UUID.randomUUID(), "deploy@acme.example",
						"http://localhost:8082/setup/token", NOW.plus(Duration.ofDays(30)), "SETUP_DUE", "en",
						"Acme Networks", "Globex SA", List.of("Webex Suite (Flex)"), TODAY, null));
		EventEnvelope sent = EventPublisher.publish(Topics.NOTIFICATIONS, orderId, new NotificationSent(
				UUID.randomUUID(), "configure-now", "deploy@acme.example", issued.eventId(), Instant.now(), 1));
		EventPublisher.publish(Topics.PROVISIONING, issued);
		EventPublisher.publish(Topics.NOTIFICATIONS, sent);

		await().atMost(PATIENCE).until(() -> timelineKinds(id).contains("EMAIL_SENT"));
		// The redeliveries were published after the originals: once they are processed
		// too, a marker published last shows up.
		EventPublisher.publish(Topics.NOTIFICATIONS, orderId, new NotificationSent(UUID.randomUUID(), "marker",
				"deploy@acme.example", UUID.randomUUID(), Instant.now(), 1));
		await().atMost(PATIENCE).until(() -> timelineDetails(id).stream().anyMatch((d) -> d.contains("'marker'")));

		assertThat(timelineKinds(id)).filteredOn("LINK_ISSUED"::equals).hasSize(1);
		assertThat(timelineDetails(id)).filteredOn((d) -> d.contains("'configure-now'")).hasSize(1);
	}

	@Test
	void showsAnEmailThatFailedForGoodOnTheTimeline() {
		String id = place("CCW-P-003", TODAY);
		UUID orderId = UUID.fromString(id);

		EventPublisher.publish(Topics.NOTIFICATIONS, orderId, new NotificationFailed(UUID.randomUUID(), "configure-now",
				"deploy@acme.example", UUID.randomUUID(), "550 5.1.1 mailbox unavailable", 8, Instant.now()));

		await().atMost(PATIENCE).until(() -> timelineKinds(id).contains("EMAIL_FAILED"));
		assertThat(timelineDetails(id)).anySatisfy((detail) -> assertThat(detail).contains("configure-now",
				"deploy@acme.example", "550 5.1.1 mailbox unavailable"));
	}

	@Test
	void ignoresReportsAboutNoKnownOrder() {
		UUID stranger = UUID.randomUUID();
		EventPublisher.publish(Topics.NOTIFICATIONS, stranger, new NotificationSent(UUID.randomUUID(), "trial-reminder",
				"someone@example.com", UUID.randomUUID(), Instant.now(), 1));
		String id = place("CCW-P-004", TODAY);
		UUID orderId = UUID.fromString(id);
		EventPublisher.publish(Topics.NOTIFICATIONS, orderId, new NotificationSent(UUID.randomUUID(), "configure-now",
				"deploy@acme.example", UUID.randomUUID(), Instant.now(), 1));

		// The stranger's event came first on the same partition: it did not block this
		// one.
		await().atMost(PATIENCE).until(() -> timelineKinds(id).contains("EMAIL_SENT"));
		assertThat(this.jdbc.sql("select count(*) from order_timeline where order_id = ?")
			.param(stranger)
			.query(Long.class)
			.single()).isZero();
	}

	private List<String> timelineKinds(String orderId) {
		List<String> kinds = new ArrayList<>();
		this.api.get("/api/v1/orders/" + orderId)
			.json()
			.path("timeline")
			.forEach((entry) -> kinds.add(entry.path("kind").asString()));
		return kinds;
	}

	private List<String> timelineDetails(String orderId) {
		List<String> details = new ArrayList<>();
		this.api.get("/api/v1/orders/" + orderId)
			.json()
			.path("timeline")
			.forEach((entry) -> details.add(entry.path("detail").asString()));
		return details;
	}

}
