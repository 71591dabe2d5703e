package com.setupflow.provisioning.link;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.setupflow.events.EventEnvelope;
import com.setupflow.events.provisioning.SetupLinkIssued;
import com.setupflow.events.provisioning.SetupLinksRevoked;
import com.setupflow.provisioning.ProvisioningIntegrationTest;
import com.setupflow.provisioning.ProvisioningStream;
import com.setupflow.provisioning.TestOrderEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Order events in on {@code setupflow.orders}, setup links and their events out on
 * {@code setupflow.provisioning}.
 */
class SetupLinkIssuingTests extends ProvisioningIntegrationTest {

	private static final Duration BOUND = Duration.ofSeconds(30);

	@Test
	void issuesALinkWithWhatTheEmailNeedsWhenSetupFallsDue() {
		UUID orderId = UUID.randomUUID();
		TestOrderEvent due = TestOrderEvent.of("SetupDue", orderId);
		try (ProvisioningStream events = new ProvisioningStream(this.jdbc)) {
			publish(TestOrderEvent.of("OrderPlaced", orderId));
			publish(due);

			EventEnvelope envelope = events.await(orderId, "SetupLinkIssued", 1).get(0);
			SetupLinkIssued issued = envelope.payloadAs(SetupLinkIssued.class);
			assertThat(envelope.aggregateId()).isEqualTo(orderId.toString());
			assertThat(envelope.correlationId()).isEqualTo(orderId.toString());
			assertThat(envelope.causationId()).isEqualTo(due.eventId().toString());
			assertThat(issued.orderId()).isEqualTo(orderId);
			assertThat(issued.orderNumber()).isEqualTo("CCW-100234");
			assertThat(issued.linkId()).isNotNull();
			assertThat(issued.recipientEmail()).isEqualTo("deploy@acme.example");
			assertThat(issued.setupUrl()).matches(Pattern.quote(LINK_PREFIX) + "[A-Za-z0-9_-]{43}");
			assertThat(issued.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(30)));
			assertThat(issued.reason()).isEqualTo("SETUP_DUE");
			assertThat(issued.locale()).isEqualTo("fr");
			assertThat(issued.partnerName()).isEqualTo("Acme Networks");
			assertThat(issued.customerName()).isEqualTo("Globex SA");
			assertThat(issued.productNames()).containsExactly("Webex Suite (Flex)");
			assertThat(issued.requestedStartDate()).isEqualTo(LocalDate.parse("2026-12-01"));
			assertThat(open(issued.setupUrl()).statusCode()).isEqualTo(200);
		}
	}

	@Test
	void issuesOneLinkWhenSetupDueIsRedeliveredOrFiresAgain() {
		UUID orderId = UUID.randomUUID();
		TestOrderEvent due = TestOrderEvent.of("SetupDue", orderId);
		TestOrderEvent marker = TestOrderEvent.of("OrderStalled", orderId);
		try (ProvisioningStream events = new ProvisioningStream(this.jdbc)) {
			publish(TestOrderEvent.of("OrderPlaced", orderId));
			publish(due);
			publish(due);
			publish(due.withNewEventId());
			publish(marker);

			await().atMost(BOUND).until(() -> processed(marker));
			assertThat(events.settled(orderId, "SetupLinkIssued")).hasSize(1);
			assertThat(linkRows(orderId)).isEqualTo(1);
		}
	}

	@Test
	void rotatesTheLinkAndExtendsItsExpiryWhenAResendIsRequested() {
		UUID orderId = UUID.randomUUID();
		TestOrderEvent resend = TestOrderEvent.of("SetupResendRequested", orderId);
		try (ProvisioningStream events = new ProvisioningStream(this.jdbc)) {
			SetupLinkIssued first = issueLink(events, TestOrderEvent.of("OrderPlaced", orderId));
			this.clock.advance(Duration.ofDays(2));
			publish(resend);

			EventEnvelope envelope = events.await(orderId, "SetupLinkIssued", 2).get(1);
			SetupLinkIssued second = envelope.payloadAs(SetupLinkIssued.class);
			assertThat(envelope.causationId()).isEqualTo(resend.eventId().toString());
			assertThat(second.reason()).isEqualTo("RESENT");
			assertThat(second.recipientEmail()).isEqualTo("deploy@acme.example");
			assertThat(second.setupUrl()).isNotEqualTo(first.setupUrl());
			assertThat(second.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(32))).isAfter(first.expiresAt());
			assertGone(first.setupUrl());
			assertThat(open(second.setupUrl()).statusCode()).isEqualTo(200);
			assertThat(events.settled(orderId, "SetupLinksRevoked")).isEmpty();
		}
	}

	@Test
	void reissuesTheLinkToTheNewContactWhenTheContactChangesAfterSetupDue() {
		UUID orderId = UUID.randomUUID();
		try (ProvisioningStream events = new ProvisioningStream(this.jdbc)) {
			SetupLinkIssued first = issueLink(events, TestOrderEvent.of("OrderPlaced", orderId));
			publish(TestOrderEvent.of("DeploymentContactChanged", orderId));

			SetupLinkIssued second = events.await(orderId, "SetupLinkIssued", 2)
				.get(1)
				.payloadAs(SetupLinkIssued.class);
			assertThat(second.recipientEmail()).isEqualTo("it-lead@acme.example");
			assertThat(second.reason()).isEqualTo("CONTACT_CHANGED");
			assertGone(first.setupUrl());
			assertThat(open(second.setupUrl()).statusCode()).isEqualTo(200);
		}
	}

	@Test
	void invitesTheNewContactWhenTheContactChangedBeforeSetupDue() {
		UUID orderId = UUID.randomUUID();
		TestOrderEvent contactChanged = TestOrderEvent.of("DeploymentContactChanged", orderId);
		try (ProvisioningStream events = new ProvisioningStream(this.jdbc)) {
			publish(TestOrderEvent.of("OrderPlaced", orderId));
			publish(contactChanged);
			await().atMost(BOUND).until(() -> processed(contactChanged));
			assertThat(events.settled(orderId)).isEmpty();

			publish(TestOrderEvent.of("SetupDue", orderId));

			SetupLinkIssued issued = events.await(orderId, "SetupLinkIssued", 1)
				.get(0)
				.payloadAs(SetupLinkIssued.class);
			assertThat(issued.recipientEmail()).isEqualTo("it-lead@acme.example");
			assertThat(issued.reason()).isEqualTo("SETUP_DUE");
		}
	}

	@Test
	void revokesTheLinksAndIssuesNoMoreOnceTheOrderIsCancelled() {
		UUID orderId = UUID.randomUUID();
		TestOrderEvent cancelled = TestOrderEvent.of("OrderCancelled", orderId);
		TestOrderEvent marker = TestOrderEvent.of("OrderStalled", orderId);
		try (ProvisioningStream events = new ProvisioningStream(this.jdbc)) {
			SetupLinkIssued issued = issueLink(events, TestOrderEvent.of("OrderPlaced", orderId));
			publish(cancelled);

			EventEnvelope envelope = events.await(orderId, "SetupLinksRevoked", 1).get(0);
			assertThat(envelope.causationId()).isEqualTo(cancelled.eventId().toString());
			assertThat(envelope.payloadAs(SetupLinksRevoked.class))
				.isEqualTo(new SetupLinksRevoked(orderId, "CCW-100234", "ORDER_CANCELLED"));
			assertGone(issued.setupUrl());

			publish(TestOrderEvent.of("SetupDue", orderId));
			publish(TestOrderEvent.of("SetupResendRequested", orderId));
			publish(TestOrderEvent.of("DeploymentContactChanged", orderId));
			publish(marker);
			await().atMost(BOUND).until(() -> processed(marker));
			assertThat(events.settled(orderId)).extracting(EventEnvelope::type)
				.containsExactly("SetupLinkIssued", "SetupLinksRevoked");
		}
	}

	@Test
	void revokesNothingWhenAnOrderIsCancelledBeforeItsSetupFellDue() {
		UUID orderId = UUID.randomUUID();
		TestOrderEvent cancelled = TestOrderEvent.of("OrderCancelled", orderId);
		try (ProvisioningStream events = new ProvisioningStream(this.jdbc)) {
			publish(TestOrderEvent.of("OrderPlaced", orderId));
			publish(cancelled);

			await().atMost(BOUND).until(() -> processed(cancelled));
			assertThat(events.settled(orderId)).isEmpty();
		}
	}

	@Test
	void revokesTheLinksWhenTheOrderIsClosed() {
		UUID orderId = UUID.randomUUID();
		try (ProvisioningStream events = new ProvisioningStream(this.jdbc)) {
			SetupLinkIssued issued = issueLink(events, TestOrderEvent.of("OrderPlaced", orderId));
			publish(TestOrderEvent.of("OrderClosed", orderId));

			assertThat(events.await(orderId, "SetupLinksRevoked", 1).get(0).payloadAs(SetupLinksRevoked.class).reason())
				.isEqualTo("ORDER_CLOSED");
			assertGone(issued.setupUrl());
			this.http.get()
				.uri("/api/v1/provisioning/{orderId}", orderId)
				.exchange()
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("CLOSED")
				.jsonPath("$.links.currentRecipientEmail")
				.doesNotExist();
		}
	}

	@Test
	void keepsOnlyTheHashOfTheTokenInTheDatabase() {
		UUID orderId = UUID.randomUUID();
		try (ProvisioningStream events = new ProvisioningStream(this.jdbc)) {
			SetupLinkIssued issued = issueLink(events, TestOrderEvent.of("OrderPlaced", orderId));
			String token = issued.setupUrl().substring(LINK_PREFIX.length());

			List<String> rows = this.jdbc.sql("select s::text from setup_link s where order_id = ?")
				.param(orderId)
				.query(String.class)
				.list();
			assertThat(rows).singleElement().asString().doesNotContain(token).contains(sha256Hex(token));
		}
	}

	@Test
	void summarisesTheLinksInTheCaseApiWithoutTokenOrHash() {
		UUID orderId = UUID.randomUUID();
		try (ProvisioningStream events = new ProvisioningStream(this.jdbc)) {
			SetupLinkIssued issued = issueLink(events, TestOrderEvent.of("OrderPlaced", orderId));
			String token = issued.setupUrl().substring(LINK_PREFIX.length());
			this.clock.advance(Duration.ofHours(3));
			open(issued.setupUrl());

			this.http.get()
				.uri("/api/v1/provisioning/{orderId}", orderId)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.value((body) -> assertThat(body).doesNotContain(token).doesNotContain(sha256Hex(token)));
			this.http.get()
				.uri("/api/v1/provisioning/{orderId}", orderId)
				.exchange()
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("SETUP_STARTED")
				.jsonPath("$.locale")
				.isEqualTo("fr")
				.jsonPath("$.links.issuedCount")
				.isEqualTo(1)
				.jsonPath("$.links.currentRecipientEmail")
				.isEqualTo("deploy@acme.example")
				.jsonPath("$.links.currentExpiresAt")
				.isEqualTo(NOW.plus(Duration.ofDays(30)).toString())
				.jsonPath("$.links.setupStartedAt")
				.isEqualTo(NOW.plus(Duration.ofHours(3)).toString());
		}
	}

	private void assertGone(String setupUrl) {
		assertThat(open(setupUrl).statusCode()).isEqualTo(410);
	}

	private long linkRows(UUID orderId) {
		return this.jdbc.sql("select count(*) from setup_link where order_id = ?")
			.param(orderId)
			.query(Long.class)
			.single();
	}

	private static String sha256Hex(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
