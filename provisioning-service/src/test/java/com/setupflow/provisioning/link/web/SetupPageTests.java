package com.setupflow.provisioning.link.web;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.setupflow.events.EventEnvelope;
import com.setupflow.events.provisioning.ProvisioningStarted;
import com.setupflow.events.provisioning.SetupLinkIssued;
import com.setupflow.provisioning.ProvisioningIntegrationTest;
import com.setupflow.provisioning.ProvisioningStream;
import com.setupflow.provisioning.TestOrderEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages a setup link opens, fetched over HTTP like a browser (or a mail scanner)
 * would.
 */
class SetupPageTests extends ProvisioningIntegrationTest {

	private static final Duration VALIDITY = Duration.ofDays(30);

	@Test
	void showsTheOrderAndTheWizardsFirstQuestionInEnglishByDefault() {
		UUID orderId = UUID.randomUUID();
		try (ProvisioningStream events = new ProvisioningStream(this.jdbc)) {
			SetupLinkIssued issued = issueLink(events,
					TestOrderEvent.of("OrderPlaced", orderId).replacing("CCW-100234", "CCW-100234 & <b>"));

			HttpResponse<String> page = open(issued.setupUrl());

			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
			assertPrivate(page);
			assertThat(page.body()).contains("lang=\"en\"", "Set up your order", "CCW-100234 &amp; &lt;b&gt;",
					"Acme Networks", "Globex SA", "Webex Suite (Flex): 250 licences", "December 1, 2026",
					"Who are you?", "I am a partner");
			assertThat(page.body()).doesNotContain("<b>");
		}
	}

	@Test
	void speaksFrenchToAFrenchBrowser() {
		UUID orderId = UUID.randomUUID();
		try (ProvisioningStream events = new ProvisioningStream(this.jdbc)) {
			SetupLinkIssued issued = issueLink(events, TestOrderEvent.of("OrderPlaced", orderId));

			HttpResponse<String> page = open(issued.setupUrl(), "Accept-Language", "fr-CA,fr;q=0.9,en;q=0.5");

			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("lang=\"fr\"", "Configurer votre commande", "Numéro de commande",
					"Webex Suite (Flex) : 250 licences", "1 décembre 2026");
		}
	}

	@Test
	void speaksEnglishToABrowserAskingForALanguageItDoesNotSpeak() {
		UUID orderId = UUID.randomUUID();
		try (ProvisioningStream events = new ProvisioningStream(this.jdbc)) {
			SetupLinkIssued issued = issueLink(events, TestOrderEvent.of("OrderPlaced", orderId));

			HttpResponse<String> page = open(issued.setupUrl(), "Accept-Language", "de-DE");

			assertThat(page.body()).contains("lang=\"en\"", "Set up your order");
		}
	}

	@Test
	void showsACustomerNameWithMarkupAsText() {
		UUID orderId = UUID.randomUUID();
		try (ProvisioningStream events = new ProvisioningStream(this.jdbc)) {
			SetupLinkIssued issued = issueLink(events,
					TestOrderEvent.of("OrderPlaced", orderId).replacing("Globex SA", "<script>alert(1)</script>"));

			HttpResponse<String> page = open(issued.setupUrl());

			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script");
		}
	}

	@Test
	void recordsTheFirstOpenAsProvisioningStartedOnceAndKeepsTheLinkWorking() {
		UUID orderId = UUID.randomUUID();
		try (ProvisioningStream events = new ProvisioningStream(this.jdbc)) {
			SetupLinkIssued issued = issueLink(events, TestOrderEvent.of("OrderPlaced", orderId));
			this.clock.advance(Duration.ofHours(1));

			HttpResponse<String> first = open(issued.setupUrl(), "X-Request-Id", "req-first-open");
			HttpResponse<String> second = open(issued.setupUrl());

			assertThat(first.statusCode()).isEqualTo(200);
			assertThat(second.statusCode()).isEqualTo(200);
			EventEnvelope started = events.await(orderId, "ProvisioningStarted", 1).get(0);
			assertThat(started.causationId()).isEqualTo("req-first-open");
			assertThat(started.aggregateId()).isEqualTo(orderId.toString());
			assertThat(started.payloadAs(ProvisioningStarted.class)).isEqualTo(
					new ProvisioningStarted(orderId, "CCW-100234", issued.linkId(), NOW.plus(Duration.ofHours(1))));
			assertThat(events.settled(orderId, "ProvisioningStarted")).hasSize(1);
		}
	}

	@Test
	void countsOnlyTheFirstOpenOfAnyLinkOfTheOrder() {
		UUID orderId = UUID.randomUUID();
		try (ProvisioningStream events = new ProvisioningStream(this.jdbc)) {
			SetupLinkIssued first = issueLink(events, TestOrderEvent.of("OrderPlaced", orderId));
			open(first.setupUrl());
			publish(TestOrderEvent.of("SetupResendRequested", orderId));
			SetupLinkIssued second = events.await(orderId, "SetupLinkIssued", 2)
				.get(1)
				.payloadAs(SetupLinkIssued.class);

			assertThat(open(second.setupUrl()).statusCode()).isEqualTo(200);
			assertThat(events.settled(orderId, "ProvisioningStarted")).singleElement()
				.extracting((started) -> started.payloadAs(ProvisioningStarted.class).linkId())
				.isEqualTo(first.linkId());
		}
	}

	@Test
	void answersAnExpiredLinkWithGoneAndNothingAboutTheOrder() {
		UUID orderId = UUID.randomUUID();
		try (ProvisioningStream events = new ProvisioningStream(this.jdbc)) {
			SetupLinkIssued issued = issueLink(events, TestOrderEvent.of("OrderPlaced", orderId));

			this.clock.advance(VALIDITY.minusSeconds(1));
			assertThat(open(issued.setupUrl()).statusCode()).isEqualTo(200);
			this.clock.advance(Duration.ofSeconds(1));
			HttpResponse<String> page = open(issued.setupUrl());

			assertThat(page.statusCode()).isEqualTo(410);
			assertPrivate(page);
			assertThat(page.body()).contains("This setup link no longer works", "Ask your account rep for a new link.")
				.doesNotContain("CCW-100234", "Acme Networks", "Globex SA", "Webex");
		}
	}

	@Test
	void explainsAGoneLinkInFrench() {
		UUID orderId = UUID.randomUUID();
		try (ProvisioningStream events = new ProvisioningStream(this.jdbc)) {
			SetupLinkIssued issued = issueLink(events, TestOrderEvent.of("OrderPlaced", orderId));
			this.clock.advance(VALIDITY);

			HttpResponse<String> page = open(issued.setupUrl(), "Accept-Language", "fr");

			assertThat(page.statusCode()).isEqualTo(410);
			assertThat(page.body()).contains("lang=\"fr\"", "Ce lien de configuration ne fonctionne plus",
					"Demandez un nouveau lien à votre commercial.");
		}
	}

	@Test
	void answersAnUnknownTokenWithNotFound() {
		HttpResponse<String> page = get("/setup/" + "A".repeat(43));

		assertThat(page.statusCode()).isEqualTo(404);
		assertPrivate(page);
		assertThat(page.body()).contains("This setup link is not valid", "ask your account rep for a new link");
		assertThat(get("/setup/not-a-token").statusCode()).isEqualTo(404);
	}

	@Test
	void answersATamperedTokenWithNotFound() {
		UUID orderId = UUID.randomUUID();
		try (ProvisioningStream events = new ProvisioningStream(this.jdbc)) {
			SetupLinkIssued issued = issueLink(events, TestOrderEvent.of("OrderPlaced", orderId));
			String url = issued.setupUrl();
			int at = LINK_PREFIX.length() + 10;
			String tampered = url.substring(0, at) + ((url.charAt(at) == 'A') ? 'B' : 'A') + url.substring(at + 1);

			HttpResponse<String> page = open(tampered);

			assertThat(page.statusCode()).isEqualTo(404);
			assertThat(page.body()).doesNotContain("CCW-100234");
			assertThat(events.settled(orderId, "ProvisioningStarted")).isEmpty();
		}
	}

	/** The token is in the URL: nothing may cache the page or pass the URL on. */
	private static void assertPrivate(HttpResponse<String> page) {
		assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
	}

}
