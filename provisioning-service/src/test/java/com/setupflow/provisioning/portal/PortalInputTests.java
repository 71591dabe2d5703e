package com.setupflow.provisioning.portal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input on every portal API call: a 400 naming the field and the rule broken, and
 * nothing written: no row, no event.
 */
class PortalInputTests extends PortalIntegrationTest {

	private static final String INCLUDE = "include:spf.m365.signatures.setupflow.example";

	static Stream<Arguments> newSubscriptions() {
		return Stream.of(case_("users 0", with("users", 0), "users", "min"),
				case_("users negative", with("users", -3), "users", "min"),
				case_("users over the product's limit", with("users", 50001), "users", "max"),
				case_("users missing", without("users"), "users", "required"),
				case_("users not a number", with("users", "forty"), "users", "type"),
				case_("users a fraction", with("users", 2.5), "users", "type"),
				case_("company empty", with("companyName", ""), "companyName", "required"),
				case_("company blank", with("companyName", "   "), "companyName", "required"),
				case_("company too long", with("companyName", "x".repeat(201)), "companyName", "max-length"),
				case_("company with control characters", with("companyName", "Globex\u0000SA"), "companyName",
						"no-control-characters"),
				case_("product missing", without("product"), "product", "portal-product"),
				case_("product without trial", with("product", "A-WX"), "product", "portal-product"),
				case_("product unknown", with("product", "SIG-NOPE"), "product", "portal-product"),
				case_("contact email invalid", withContact("Grace Hopper", "not-an-email"), "contactEmail", "email"),
				case_("contact email missing", withContact("Grace Hopper", null), "contactEmail", "required"),
				case_("contact name missing", withContact("", "grace@globex.example"), "contactName", "required"),
				case_("unknown field", with("discount", 50), "discount", "unknown field"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("newSubscriptions")
	void refusesABadNewSubscriptionAndWritesNothing(String name, Map<String, Object> body, String field, String rule) {
		SignedIn partner = newPartner("Acme Networks");
		Map<String, Long> before = footprint();

		as(partner, this.http.post().uri("/api/v1/portal/subscriptions")).contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[?(@.field == '" + field + "')].rule")
			.isEqualTo(List.of(rule));

		assertThat(footprint()).isEqualTo(before);
	}

	static Stream<Arguments> changes() {
		return Stream.of(
				change_("no connection option", HttpMethod.PUT, "/connection", Map.of("connectionOptions", List.of()),
						"connectionOptions", "at-least-one"),
				change_("unknown connection option", HttpMethod.PUT, "/connection",
						Map.of("connectionOptions", List.of("CARRIER_PIGEON")), "connectionOptions[0]", "type"),
				change_("SPF empty", HttpMethod.PUT, "/spf-record", Map.of("record", ""), "spfRecord", "required"),
				change_("SPF without version", HttpMethod.PUT, "/spf-record", Map.of("record", INCLUDE + " ~all"),
						"spfRecord", "spf-version"),
				change_("SPF with a bad term", HttpMethod.PUT, "/spf-record",
						Map.of("record", "v=spf1 " + INCLUDE + " ip4:999.1.1.1 ~all"), "spfRecord", "spf-syntax"),
				change_("SPF without the product's include", HttpMethod.PUT, "/spf-record",
						Map.of("record", "v=spf1 include:_spf.google.com ~all"), "spfRecord", "spf-include"),
				change_("SPF with too many lookups", HttpMethod.PUT, "/spf-record",
						Map.of("record", "v=spf1 " + INCLUDE + " a mx ptr a:a.example mx:b.example include:c.example"
								+ " include:d.example include:e.example include:f.example include:g.example ~all"),
						"spfRecord", "spf-lookups"),
				change_("SPF too long", HttpMethod.PUT, "/spf-record",
						Map.of("record", "v=spf1 " + INCLUDE + " ip4:192.0.2.1".repeat(40) + " ~all"), "spfRecord",
						"max-length"),
				change_("SPF with a line break", HttpMethod.PUT, "/spf-record",
						Map.of("record", "v=spf1 " + INCLUDE + "\n~all"), "spfRecord", "spf-syntax"),
				change_("add 0 users", HttpMethod.POST, "/users", Map.of("add", 0), "users", "min"),
				change_("add negative users", HttpMethod.POST, "/users", Map.of("add", -5), "users", "min"),
				change_("add past the limit", HttpMethod.POST, "/users", Map.of("add", 49991), "users", "max"),
				change_("add nothing", HttpMethod.POST, "/users", Map.of(), "users", "required"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("changes")
	void refusesABadChangeAndWritesNothing(String name, HttpMethod method, String path, Map<String, Object> body,
			String field, String rule) {
		SignedIn partner = newPartner("Acme Networks");
		UUID id = create(partner,
				Map.of("product", "SIG-M365", "companyName", "Globex SA", "users", 10, "customerCanEdit", false));
		Map<String, Long> before = footprint();

		as(partner, this.http.method(method).uri("/api/v1/portal/subscriptions/" + id + path))
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[?(@.field == '" + field + "')].rule")
			.isEqualTo(List.of(rule));

		assertThat(footprint()).isEqualTo(before);
		as(partner, this.http.get().uri("/api/v1/portal/subscriptions/" + id)).exchange()
			.expectBody()
			.jsonPath("$.users")
			.isEqualTo(10)
			.jsonPath("$.connections.length()")
			.isEqualTo(0)
			.jsonPath("$.spf.saved")
			.doesNotExist();
	}

	@org.junit.jupiter.api.Test
	void refusesExchangeOnPremisesForGoogleWorkspace() {
		SignedIn partner = newPartner("Acme Networks");
		UUID id = create(partner,
				Map.of("product", "SIG-GWS", "companyName", "Hooli", "users", 10, "customerCanEdit", false));
		Map<String, Long> before = footprint();

		as(partner, this.http.put().uri("/api/v1/portal/subscriptions/" + id + "/connection"))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("connectionOptions", List.of("SERVER_SIDE", "EXCHANGE_ON_PREMISES")))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("connectionOptions")
			.jsonPath("$.errors[0].rule")
			.isEqualTo("offered");

		assertThat(footprint()).isEqualTo(before);
	}

	@org.junit.jupiter.api.Test
	void refusesAnAdminOrContactAddressThatBelongsToAnotherOrg() {
		SignedIn partner = newPartner("Acme Networks");
		SignedIn elsewhere = newPartner("Bluth Resellers");
		Map<String, Long> before = footprint();

		as(partner, this.http.post().uri("/api/v1/portal/admins")).contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", "Ada", "email", elsewhere.email().toUpperCase()))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].rule")
			.isEqualTo("one-org-per-address");
		as(partner, this.http.post().uri("/api/v1/portal/subscriptions")).contentType(MediaType.APPLICATION_JSON)
			.body(subscription("SIG-M365", "Globex SA", 10, elsewhere.email()))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("contactEmail")
			.jsonPath("$.errors[0].rule")
			.isEqualTo("one-org-per-address");

		assertThat(footprint()).isEqualTo(before);
	}

	private static Arguments case_(String name, Map<String, Object> body, String field, String rule) {
		return Arguments.of(name, body, field, rule);
	}

	private static Arguments change_(String name, HttpMethod method, String path, Map<String, Object> body,
			String field, String rule) {
		return Arguments.of(name, method, path, body, field, rule);
	}

	private static Map<String, Object> valid() {
		Map<String, Object> body = new HashMap<>(
				subscription("SIG-M365", "Globex SA", 40, "it-" + UUID.randomUUID() + "@globex.example"));
		return body;
	}

	private static Map<String, Object> with(String field, Object value) {
		Map<String, Object> body = valid();
		body.put(field, value);
		return body;
	}

	private static Map<String, Object> without(String field) {
		Map<String, Object> body = valid();
		body.remove(field);
		return body;
	}

	private static Map<String, Object> withContact(String name, String email) {
		Map<String, Object> contact = new HashMap<>();
		contact.put("name", name);
		contact.put("email", email);
		return with("customerContact", contact);
	}

}
