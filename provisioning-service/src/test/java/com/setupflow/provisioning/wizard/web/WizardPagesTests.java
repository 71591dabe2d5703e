package com.setupflow.provisioning.wizard.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.setupflow.events.provisioning.SetupLinkIssued;
import com.setupflow.provisioning.ProvisioningStream;
import com.setupflow.provisioning.wizard.SetupDraft;
import com.setupflow.provisioning.wizard.WizardIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wizard's pages over HTTP, as a browser without JavaScript uses them: forms, CSRF
 * cookie and all.
 */
class WizardPagesTests extends WizardIntegrationTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Test
	void refusesAFormPostedWithoutItsCsrfTokenAndChangesNothing() {
		try (ProvisioningStream events = new ProvisioningStream(this.jdbc)) {
			Setup setup = newSetup(events);
			Browser browser = new Browser();
			browser.get("/setup/" + setup.token());

			HttpResponse<String> forged = browser.postWithoutToken("/setup/" + setup.token() + "/draft/who",
					Map.of("role", "PARTNER", "who", "COLLEAGUE", "delegateEmail", uniqueEmail("attacker")));

			assertThat(forged.statusCode()).isEqualTo(403);
			assertThat(events.settled(setup.orderId(), "SetupDelegated")).isEmpty();
			assertThat(browser.get("/setup/" + setup.token()).statusCode()).isEqualTo(200);
		}
	}

	@Test
	void walksToTheConfirmationShowingMarkupAsTextAndSavesNothingWhenLeft() {
		try (ProvisioningStream events = new ProvisioningStream(this.jdbc)) {
			Setup setup = newSetup(events);
			String script = "<script>alert(1)</script>";
			Browser browser = new Browser();
			long orgs = rows("org");
			browser.get("/setup/" + setup.token());

			assertThat(browser.post(setup, "role", Map.of("role", "PARTNER")).body()).contains("Yes, I will");
			assertThat(browser.post(setup, "who", Map.of("role", "PARTNER", "who", "ME")).body())
				.contains("create its partner organisation");
			Map<String, String> draft = new LinkedHashMap<>(Map.of("role", "PARTNER", "who", "ME", "partnerOrg.name",
					script, "partnerOrg.country", "FR", "partnerOrg.addressLine", "1 rue de Rivoli", "partnerOrg.city",
					"Paris", "partnerOrg.postalCode", "75001"));
			assertThat(browser.post(setup, "partner-org", draft).body()).contains("Customer administrator");
			draft.put("customerAdminEmail", uniqueEmail("admin"));
			browser.post(setup, "customer-admin", draft);
			draft.putAll(Map.of("customerOrg.name", script, "customerOrg.country", "BE", "customerOrg.addressLine",
					"2 Grand-Place", "customerOrg.city", "Bruxelles", "customerOrg.postalCode", "1000"));
			HttpResponse<String> confirm = browser.post(setup, "customer-org", draft);

			assertThat(confirm.body()).contains("Install order", "&lt;script&gt;alert(1)&lt;/script&gt;", "Belgium")
				.doesNotContain(script);
			HttpResponse<String> reopened = browser.get("/setup/" + setup.token());
			assertThat(reopened.body()).contains("Who are you?");
			assertThat(rows("org")).isEqualTo(orgs);
		}
	}

	@Test
	void showsEachBrokenRuleOnItsFieldInTheReadersLanguage() {
		try (ProvisioningStream events = new ProvisioningStream(this.jdbc)) {
			Setup setup = newSetup(events);
			Browser browser = new Browser();
			browser.get("/setup/" + setup.token(), "Accept-Language", "fr");

			HttpResponse<String> page = browser.post(setup, "partner-org", Map.of("role", "PARTNER", "who", "ME",
					"partnerOrg.name", "", "partnerOrg.country", "XX", "partnerOrg.postalCode", "75001"), "fr");

			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("Renseignez ce champ.", "Choisissez un pays dans la liste.",
					"id=\"partnerOrg-name-error\"", "aria-invalid=\"true\"");
		}
	}

	@Test
	void answersPostsOnTamperedAndHandedOverLinksWith404And410() {
		try (ProvisioningStream events = new ProvisioningStream(this.jdbc)) {
			Setup setup = newSetup(events);
			Browser browser = new Browser();
			browser.get("/setup/" + setup.token());
			String tampered = setup.token().substring(1) + "x";

			assertThat(browser.post("/setup/" + tampered + "/draft/role", Map.of("role", "PARTNER")).statusCode())
				.isEqualTo(404);
			HttpResponse<String> handedOver = browser.post(setup, "who",
					Map.of("role", "PARTNER", "who", "COLLEAGUE", "delegateEmail", uniqueEmail("colleague")));
			assertThat(handedOver.body()).contains("This link no longer works.");
			HttpResponse<String> gone = browser.post(setup, "role", Map.of("role", "PARTNER"));
			assertThat(gone.statusCode()).isEqualTo(410);
			assertThat(gone.body()).doesNotContain("CCW-100234");
		}
	}

	@Test
	void keepsACustomerSetUpOrgOutOfItsPartnersReach() {
		try (ProvisioningStream events = new ProvisioningStream(this.jdbc)) {
			Setup first = newSetup(events);
			this.installation.install(first.token(), newPartnerNewCustomer(uniqueEmail("admin")));
			this.passwords.choose(first.token(), "correct horse battery", "correct horse battery");
			Setup second = setupFor(events, first.partnerId(), uniqueEmail("contact"));
			String customerAdmin = uniqueEmail("customer");
			this.delegation.handOver(second.token(),
					new SetupDraft("PARTNER", "CUSTOMER", customerAdmin, null, null, null, null, null));
			SetupLinkIssued customerLink = events.await(second.orderId(), "SetupLinkIssued", 2)
				.get(1)
				.payloadAs(SetupLinkIssued.class);
			String customerToken = tokenOf(customerLink);

			this.installation.install(customerToken,
					new SetupDraft(null, null, null, null, null, null, null, org("Initech")));

			UUID customerOrgId = this.progress.state(customerToken).customerOrg().getId();
			assertThat(this.progress.state(customerToken).customerOrg().getManagingPartnerOrgId()).isNull();
			UUID customersSubscription = this.jdbc.sql("select id from subscription where customer_org_id = ?")
				.param(customerOrgId)
				.query(UUID.class)
				.single();
			HttpResponse<String> list = asPartner(first.contact(), "/api/v1/portal/subscriptions");
			assertThat(list.statusCode()).isEqualTo(200);
			assertThat(list.body()).contains("Globex SA").doesNotContain("Initech");
			assertThat(asPartner(first.contact(), "/api/v1/portal/subscriptions/" + customersSubscription).statusCode())
				.isEqualTo(404);
		}
	}

	private HttpResponse<String> asPartner(String email, String path) {
		String credentials = Base64.getEncoder()
			.encodeToString((email + ":correct horse battery").getBytes(StandardCharsets.UTF_8));
		return get(path, "Authorization", "Basic " + credentials);
	}

	/** A browser without JavaScript: keeps cookies, posts forms with the page's token. */
	private final class Browser {

		private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		private String csrf;

		HttpResponse<String> get(String path, String... headers) {
			return send(HttpRequest.newBuilder(uri(path)).headers(withDefaults(headers)).GET().build());
		}

		HttpResponse<String> post(Setup setup, String step, Map<String, String> form, String... language) {
			return post("/setup/" + setup.token() + "/draft/" + step, form, language);
		}

		HttpResponse<String> post(String path, Map<String, String> form, String... language) {
			Map<String, String> withToken = new LinkedHashMap<>(form);
			withToken.put("_csrf", this.csrf);
			return postWithoutToken(path, withToken, language);
		}

		HttpResponse<String> postWithoutToken(String path, Map<String, String> form, String... language) {
			String body = form.entrySet()
				.stream()
				.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
				.collect(Collectors.joining("&"));
			String accept = (language.length > 0) ? language[0] : "en";
			return send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept-Language", accept)
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build());
		}

		private HttpResponse<String> send(HttpRequest request) {
			try {
				HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
				Matcher token = CSRF.matcher(response.body());
				if (token.find()) {
					this.csrf = token.group(1);
				}
				return response;
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		private String[] withDefaults(String... headers) {
			return (headers.length > 0) ? headers : new String[] { "Accept-Language", "en" };
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + WizardPagesTests.this.port + path);
		}

		private String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
