package com.setupflow.provisioning.portal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import com.setupflow.events.EventJson;
import com.setupflow.events.Topics;
import com.setupflow.events.billing.BillingStarted;
import com.setupflow.events.subscription.TrialEndingSoon;
import com.setupflow.events.subscription.TrialExpired;
import com.setupflow.testsupport.KafkaTestConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A trial's reminder and expiry, with the clock moved by the test and the service's own
 * sweep doing the work; extra sweeps called directly must find nothing more to do.
 */
class TrialTimerTests extends PortalIntegrationTest {

	private static final Duration BOUND = Duration.ofSeconds(30);

	@Autowired
	TrialTimers timers;

	@Test
	void remindsThePartnerOnceBeforeTheEndAndExpiresTheTrialOnceAtIt() {
		SignedIn partner = newPartner("Acme Networks");
		UUID id = create(partner,
				Map.of("product", "SIG-GWS", "companyName", "Hooli", "users", 12, "customerCanEdit", false));

		this.clock.set(NOW.plus(Duration.ofDays(11)).plusSeconds(60));
		await().atMost(BOUND).until(() -> emitted(id, "TrialEndingSoon").size() == 1);
		sweepAgain();

		TrialEndingSoon reminder = emitted(id, "TrialEndingSoon").get(0).payloadAs(TrialEndingSoon.class);
		assertThat(reminder.partnerAdminEmails()).containsExactly(partner.email());
		assertThat(reminder.endsAt()).isEqualTo(NOW.plus(Duration.ofDays(14)));
		assertThat(reminder.manageUrl()).isEqualTo(PUBLIC_BASE_URL + "portal/subscriptions/" + id);
		assertThat(status(partner, id)).isEqualTo("TRIAL");

		this.clock.set(NOW.plus(Duration.ofDays(14)));
		await().atMost(BOUND).until(() -> emitted(id, "TrialExpired").size() == 1);
		sweepAgain();

		assertThat(emitted(id, "TrialEndingSoon")).hasSize(1);
		assertThat(emitted(id, "TrialExpired")).singleElement()
			.extracting((event) -> event.payloadAs(TrialExpired.class).customerName())
			.isEqualTo("Hooli");
		assertThat(status(partner, id)).isEqualTo("EXPIRED");
		as(partner, this.http.get().uri("/api/v1/portal/subscriptions/archived")).exchange()
			.expectBody()
			.jsonPath("$[0].id")
			.isEqualTo(id.toString());
	}

	@Test
	void activatingBeforeTheEndStartsBillingOnceAndTheTrialNeverExpires() {
		try (KafkaTestConsumer billing = KafkaTestConsumer.fromEnd(Topics.BILLING)) {
			SignedIn partner = newPartner("Acme Networks");
			UUID id = create(partner,
					Map.of("product", "SIG-M365", "companyName", "Umbrella", "users", 30, "customerCanEdit", false));
			this.clock.set(NOW.plus(Duration.ofDays(5)));

			// Two presses at once: one activation.
			CompletableFuture
				.allOf(CompletableFuture.runAsync(() -> activate(partner, id)),
						CompletableFuture.runAsync(() -> activate(partner, id)))
				.join();
			this.clock.set(NOW.plus(Duration.ofDays(20)));
			sweepAgain();

			await().atMost(BOUND)
				.until(() -> rows("select count(*) from outbox_event where message_key = ? and published_at is null",
						id.toString()) == 0);
			await().atMost(BOUND).until(() -> !billingRecords(billing, id, Duration.ofMillis(50)).isEmpty());
			// The outbox is drained: anything published twice would be here by now.
			List<String> records = billingRecords(billing, id, Duration.ofMillis(500));
			assertThat(records).hasSize(1);
			BillingStarted started = EventJson.read(records.get(0)).payloadAs(BillingStarted.class);
			assertThat(started.orderId()).isNull();
			assertThat(started.partnerId()).isEqualTo(partner.partnerId());
			assertThat(started.services()).singleElement()
				.satisfies((service) -> assertThat(service.quantity()).isEqualTo(30))
				.satisfies((service) -> assertThat(service.billingPeriodStart()).hasToString("2026-12-06"));
			assertThat(status(partner, id)).isEqualTo("ACTIVE");
			assertThat(emitted(id, "TrialExpired")).isEmpty();
			assertThat(emitted(id, "TrialEndingSoon")).isEmpty();
		}
	}

	/** The service sweeps on its own; these extra sweeps must change nothing. */
	private void sweepAgain() {
		for (int i = 0; i < 3; i++) {
			this.timers.expireDue();
			this.timers.remindDue();
		}
	}

	private void activate(SignedIn partner, UUID id) {
		as(partner, this.http.post().uri("/api/v1/portal/subscriptions/" + id + "/activation")).exchange()
			.expectStatus()
			.isOk();
	}

	private String status(SignedIn partner, UUID id) {
		return as(partner, this.http.get().uri("/api/v1/portal/subscriptions/" + id)).exchange()
			.expectStatus()
			.isOk()
			.returnResult(Map.class)
			.getResponseBody()
			.get("status")
			.toString();
	}

	private static List<String> billingRecords(KafkaTestConsumer billing, UUID id, Duration poll) {
		billing.pollFor(poll);
		return billing.records()
			.stream()
			.filter((record) -> id.toString().equals(record.key()))
			.map((record) -> record.value())
			.toList();
	}

}
