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
import com.setupflow.events.notification.NotificationSent;
import com.setupflow.order.support.EventPublisher;
import com.setupflow.order.support.OrderServiceTest;
import com.setupflow.order.support.WizardReports;
import com.setupflow.order.timer.TimerSweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the setup wizard reports reaches the order: delegation, a partner organisation not
 * recognised, installation and deployment go on its timeline once each; installation and
 * deployment move its status forward only, and stop the timers that wait for setup.
 */
class WizardProgressTests extends OrderServiceTest {

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	@Autowired
	private TimerSweep sweep;

	@Test
	void putsTheWizardsReportsOnTheTimelineOnceEvenWhenRedelivered() {
		String id = place("CCW-W-001", TODAY);
		List<EventEnvelope> reports = List.of(
				WizardReports.delegated(id, "COLLEAGUE", "it-lead@acme.example", NOW.plusSeconds(60)),
				WizardReports.delegated(id, "CUSTOMER", "admin@globex.example", NOW.plusSeconds(120)),
				WizardReports.partnerOrgDisputed(id, "Acme Networks", NOW.plusSeconds(180)),
				WizardReports.installed(id, NOW.plusSeconds(240)), WizardReports.deployed(id, NOW.plusSeconds(300)));
		reports.forEach((report) -> EventPublisher.publish(Topics.PROVISIONING, report));

		awaitMarker(id);

		assertThat(timelineKinds(id)).filteredOn("SETUP_DELEGATED"::equals).hasSize(2);
		assertThat(timelineKinds(id)).filteredOn("PARTNER_ORG_DISPUTED"::equals).hasSize(1);
		assertThat(timelineKinds(id)).filteredOn("INSTALLED"::equals).hasSize(1);
		assertThat(timelineKinds(id)).filteredOn("SERVICES_DEPLOYED"::equals).hasSize(1);
		assertThat(timelineDetails(id)).contains(
				"Setup delegated by deploy@acme.example to a colleague: it-lead@acme.example",
				"Setup delegated by deploy@acme.example to the customer: admin@globex.example",
				"Partner organisation 'Acme Networks' not recognised by deploy@acme.example;"
						+ " setup stopped, account rep rep@vendor.example alerted");
		assertThat(timelineDetails(id))
			.anySatisfy(
					(detail) -> assertThat(detail).startsWith("Order installed by it-lead@acme.example; subscription "))
			.anySatisfy((detail) -> assertThat(detail).startsWith("Services deployed (A-WX); subscription "));
	}

	@Test
	void movesTheOrderToInstalledThenToActive() {
		String id = place("CCW-W-002", TODAY);
		invite(id);

		WizardReports.installed(id, NOW.plusSeconds(60));
		await().atMost(PATIENCE).until(() -> statusOf(id).equals("INSTALLED"));
		assertThat(order(id, "installedAt")).isEqualTo(NOW.plusSeconds(60).toString());
		WizardReports.deployed(id, NOW.plusSeconds(120));
		await().atMost(PATIENCE).until(() -> statusOf(id).equals("ACTIVE"));

		assertThat(order(id, "activatedAt")).isEqualTo(NOW.plusSeconds(120).toString());
		// Reports from the wizard are not the order service's to publish again.
		assertThat(eventsOf(id)).containsExactly("OrderPlaced", "SetupDue");
	}

	@Test
	void endsActiveWhenTheDeploymentOvertakesTheInstallation() {
		String id = place("CCW-W-003", TODAY);
		invite(id);

		WizardReports.deployed(id, NOW.plusSeconds(120));
		WizardReports.installed(id, NOW.plusSeconds(60));
		awaitMarker(id);

		assertThat(statusOf(id)).isEqualTo("ACTIVE");
		assertThat(order(id, "installedAt")).isEqualTo(NOW.plusSeconds(60).toString());
	}

	@Test
	void neverTakesAnInstalledOrderBackNorStallsOrClosesIt() {
		String id = place("CCW-W-004", TODAY);
		invite(id);

		WizardReports.installed(id, NOW.plusSeconds(60));
		await().atMost(PATIENCE).until(() -> statusOf(id).equals("INSTALLED"));
		assertThat(timerStates(id)).containsExactlyInAnyOrder("SETUP_DUE FIRED", "STALL_CHECK CANCELLED",
				"AUTO_CLOSE CANCELLED");
		// A late report of the link's first opening changes nothing.
		WizardReports.linkOpened(id, NOW.plusSeconds(30));
		awaitMarker(id);
		// Well past the stall check and the product's open window.
		this.clock.advance(Duration.ofDays(40));
		this.sweep.sweepDue();

		assertThat(statusOf(id)).isEqualTo("INSTALLED");
		assertThat(eventsOf(id)).containsExactly("OrderPlaced", "SetupDue");
		assertThat(timelineKinds(id)).doesNotContain("STALLED", "CLOSED");
	}

	@Test
	void keepsACancelledOrderCancelledWhenItsInstallationIsReportedLate() {
		String id = place("CCW-W-005", TODAY.plusDays(1));
		this.api.post("/api/v1/orders/" + id + "/cancel", null);

		WizardReports.installed(id, NOW.plusSeconds(60));
		await().atMost(PATIENCE).until(() -> timelineKinds(id).contains("INSTALLED"));

		assertThat(statusOf(id)).isEqualTo("CANCELLED");
	}

	/** Sweeps until the order is invited: the service's own Quartz sweep may hold it. */
	private void invite(String id) {
		await().atMost(PATIENCE).untilAsserted(() -> {
			this.sweep.sweepDue();
			assertThat(statusOf(id)).isEqualTo("INVITED");
		});
	}

	/**
	 * Publishes a marker after everything published so far for the order, then waits for
	 * it: the reports before it, on the same partition, are all applied then.
	 */
	private void awaitMarker(String id) {
		String marker = "marker-" + UUID.randomUUID();
		EventPublisher.publish(Topics.PROVISIONING, UUID.fromString(id), new NotificationSent(UUID.randomUUID(), marker,
				"deploy@acme.example", UUID.randomUUID(), Instant.now(), 1));
		await().atMost(PATIENCE).until(() -> timelineDetails(id).stream().anyMatch((d) -> d.contains(marker)));
	}

	private String order(String id, String field) {
		return this.api.get("/api/v1/orders/" + id).json().path(field).asString();
	}

	private List<String> timerStates(String id) {
		return this.jdbc.sql("select kind || ' ' || state from due_timer where order_id = ? order by id")
			.param(UUID.fromString(id))
			.query(String.class)
			.list();
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
