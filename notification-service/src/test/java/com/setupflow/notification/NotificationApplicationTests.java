package com.setupflow.notification;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.setupflow.notification.support.NotificationServiceTest;
import com.setupflow.notification.support.TestEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class NotificationApplicationTests extends NotificationServiceTest {

	@Test
	void isReadyWhenItsDatabaseAndMailServerAreReachable() {
		this.http.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.db.status")
			.isEqualTo("UP")
			.jsonPath("$.components.mail.status")
			.isEqualTo("UP");
	}

	@Test
	void isAliveWithoutCheckingItsDependencies() {
		this.http.get()
			.uri("/actuator/health/liveness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.mail")
			.doesNotExist();
	}

	@Test
	void createsThePlatformTablesNextToItsOwn() {
		assertThat(this.jdbc.sql("select table_name from information_schema.tables where table_schema = 'public'")
			.query(String.class)
			.list()).contains("delivery_log", "cancelled_order", "outbox_event", "processed_event");
	}

	@Test
	void countsEmailsSentAndTheirLatencyForPrometheus() {
		String contact = uniqueAddress("metrics");
		publish(TestEvent.of("SetupLinkIssued", UUID.randomUUID()).replacing("deploy@acme.example", contact));
		await().atMost(BOUND).until(() -> mailTo(contact).size() == 1);

		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> this.http.get()
				.uri("/actuator/prometheus")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.value((body) -> assertThat(body).contains("application=\"notification-service\"")
					.containsPattern(
							"setupflow_notifications_sent_total\\{[^}]*template=\"configure-now\"[^}]*\\} [1-9]")
					.containsPattern(
							"setupflow_notifications_latency_seconds_count\\{[^}]*template=\"configure-now\"[^}]*\\} [1-9]")
					.contains("setupflow_notifications_latency_seconds_bucket")
					.containsPattern(
							"setupflow_notifications_events_total\\{[^}]*outcome=\"queued\"[^}]*type=\"SetupLinkIssued\"[^}]*\\} [1-9]")));
	}

	@Test
	void servesItsOpenApiDocument() {
		this.http.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.openapi")
			.exists()
			.jsonPath("$.paths['/api/v1/notifications/{id}/retry']")
			.exists();
	}

}
