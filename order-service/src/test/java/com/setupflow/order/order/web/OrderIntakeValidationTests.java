package com.setupflow.order.order.web;

import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.setupflow.order.support.HttpApi.Response;
import com.setupflow.order.support.OrderServiceTest;
import com.setupflow.order.support.Orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every intake rule: the answer names the field and the rule, and nothing is written (no
 * order row, no outbox event, hence nothing on Kafka).
 */
class OrderIntakeValidationTests extends OrderServiceTest {

	private static final String VALID = Orders.valid("CCW-200001", TODAY.plusDays(1));

	@BeforeEach
	void noOrdersYet() {
		this.jdbc.sql("truncate purchase_order cascade").update();
		this.jdbc.sql("truncate outbox_event").update();
	}

	static Stream<Arguments> invalidBodies() {
		return Stream.of(arguments("malformed JSON", "{\"orderNumber\": \"CCW-1\",", "body", "valid JSON"),
				arguments("empty body", "", "body", "required"),
				arguments("JSON array instead of object", "[]", "body", "type"),
				arguments("missing orderNumber", VALID.replace("\"orderNumber\": \"CCW-200001\",", ""), "orderNumber",
						"NotBlank"),
				arguments("empty orderNumber", VALID.replace("CCW-200001", ""), "orderNumber", "NotBlank"),
				arguments("orderNumber over 64 characters", VALID.replace("CCW-200001", "C".repeat(65)), "orderNumber",
						"Size"),
				arguments("orderNumber with a space", VALID.replace("CCW-200001", "CCW 200001"), "orderNumber",
						"Pattern"),
				arguments("orderNumber with a slash", VALID.replace("CCW-200001", "CCW/200001"), "orderNumber",
						"Pattern"),
				arguments("orderNumber not a string", VALID.replace("\"CCW-200001\"", "{}"), "orderNumber", "type"),
				arguments("missing partner",
						VALID.replace("\"partner\": {\"id\": \"P-1001\", \"name\": \"Acme Networks\"},", ""), "partner",
						"NotNull"),
				arguments("missing partner name", VALID.replace(", \"name\": \"Acme Networks\"", ""), "partner.name",
						"NotBlank"),
				arguments("blank partner id", VALID.replace("\"P-1001\"", "\"  \""), "partner.id", "NotBlank"),
				arguments("blank customer name", VALID.replace("\"Globex SA\"", "\"\""), "customer.name", "NotBlank"),
				arguments("missing items", VALID.replace("\"items\": [{\"sku\": \"A-WX\", \"quantity\": 250}],", ""),
						"items", "NotEmpty"),
				arguments("empty items", VALID.replace("[{\"sku\": \"A-WX\", \"quantity\": 250}]", "[]"), "items",
						"NotEmpty"),
				arguments("SKU not in the catalogue", VALID.replace("\"A-WX\"", "\"A-NOPE\""), "items[0].sku",
						"KnownSku"),
				arguments("missing SKU", VALID.replace("\"sku\": \"A-WX\", ", ""), "items[0].sku", "NotBlank"),
				arguments("same SKU twice",
						VALID.replace("[{\"sku\": \"A-WX\", \"quantity\": 250}]",
								"[{\"sku\": \"A-WX\", \"quantity\": 250}, {\"sku\": \"A-WX\", \"quantity\": 5}]"),
						"items", "EachSkuOnce"),
				arguments("quantity 0", VALID.replace("250", "0"), "items[0].quantity", "Min"),
				arguments("negative quantity", VALID.replace("250", "-3"), "items[0].quantity", "Min"),
				arguments("quantity over 100000", VALID.replace("250", "100001"), "items[0].quantity", "Max"),
				arguments("missing quantity", VALID.replace(", \"quantity\": 250", ""), "items[0].quantity", "NotNull"),
				arguments("quantity as text", VALID.replace("250", "\"many\""), "items[0].quantity", "type"),
				arguments("fractional quantity", VALID.replace("250", "2.5"), "items[0].quantity", "type"),
				arguments("invalid deployment contact email",
						VALID.replace("deploy@acme.example", "deploy-at-acme.example"), "deploymentContactEmail",
						"Email"),
				arguments("deployment contact without domain dot", VALID.replace("deploy@acme.example", "deploy@acme"),
						"deploymentContactEmail", "Email"),
				arguments("missing deployment contact",
						VALID.replace("\"deploymentContactEmail\": \"deploy@acme.example\",", ""),
						"deploymentContactEmail", "NotBlank"),
				arguments("invalid account rep email", VALID.replace("rep@vendor.example", "rep@@vendor"),
						"accountRepEmail", "Email"),
				arguments("missing account rep", VALID.replace(",\n \"accountRepEmail\": \"rep@vendor.example\"", ""),
						"accountRepEmail", "NotBlank"),
				arguments("unknown time zone", VALID.replace("Europe/Paris", "Mars/Olympus_Mons"), "timeZone",
						"TimeZoneId"),
				arguments("offset instead of time zone", VALID.replace("Europe/Paris", "+02:00"), "timeZone",
						"TimeZoneId"),
				arguments("start date yesterday",
						VALID.replace(TODAY.plusDays(1).toString(), TODAY.minusDays(1).toString()),
						"requestedStartDate", "StartNotInPast"),
				arguments("start date not a date", VALID.replace(TODAY.plusDays(1).toString(), "2026-13-40"),
						"requestedStartDate", "type"),
				arguments("missing start date",
						VALID.replace("\"requestedStartDate\": \"" + TODAY.plusDays(1) + "\",", ""),
						"requestedStartDate", "NotNull"),
				arguments("unsupported language", VALID.replace("\"timeZone\"", "\"locale\": \"de\", \"timeZone\""),
						"locale", "Pattern"),
				arguments("unknown top-level field",
						VALID.replace("{\"orderNumber\"", "{\"discount\": 5, \"orderNumber\""), "discount",
						"unknown field"),
				arguments("unknown nested field", VALID.replace("\"quantity\": 250", "\"quantity\": 250, \"price\": 9"),
						"items[0].price", "unknown field"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidBodies")
	void rejectsInvalidOrderNamingFieldAndRuleAndWritesNothing(String description, String body, String field,
			String rule) {
		Response response = this.api.post("/api/v1/orders", body);

		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().path("status").asInt()).isEqualTo(400);
		assertThat(response.errorFields()).as(response.body()).contains(field);
		assertThat(response.errorRules()).as(response.body()).contains(rule);
		assertNothingWritten();
	}

	@Test
	void judgesTheStartDateInTheOrdersOwnTimeZone() {
		// 23:30 UTC on the 21st is already the 22nd in Paris.
		this.clock.set(java.time.Instant.parse("2026-11-21T23:30:00Z"));
		String todayInUtc = Orders.valid("CCW-200002", TODAY);

		Response paris = this.api.post("/api/v1/orders", todayInUtc);
		Response utc = this.api.post("/api/v1/orders",
				todayInUtc.replace("Europe/Paris", "UTC").replace("CCW-200002", "CCW-200003"));

		assertThat(paris.status()).isEqualTo(400);
		assertThat(paris.errorFields()).containsExactly("requestedStartDate");
		assertThat(paris.json().path("errors").get(0).path("message").asString()).contains("2026-11-22");
		assertThat(utc.status()).as(utc.body()).isEqualTo(201);
	}

	@Test
	void rejectsBodyOverSixtyFourKibibytesWith413() {
		String huge = VALID.replace("\"Globex SA\"", "\"" + "x".repeat(70 * 1024) + "\"");

		Response response = this.api.post("/api/v1/orders", huge);

		assertThat(response.status()).isEqualTo(413);
		assertThat(response.errorFields()).containsExactly("body");
		assertNothingWritten();
	}

	@Test
	void rejectsAnotherContentTypeWith415() {
		Response response = this.api.send("POST", "/api/v1/orders", VALID, "text/plain", API_KEY);

		assertThat(response.status()).isEqualTo(415);
		assertThat(response.errorFields()).containsExactly("Content-Type");
		assertNothingWritten();
	}

	@Test
	void rejectsMissingApiKeyWith401() {
		Response response = this.api.send("POST", "/api/v1/orders", VALID, "application/json", null);

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
		assertThat(response.errorFields()).containsExactly("Authorization");
		assertNothingWritten();
	}

	@Test
	void rejectsWrongApiKeyWith401() {
		Response response = this.api.send("POST", "/api/v1/orders", VALID, "application/json",
				API_KEY.replace('6', '7'));

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.errorFields()).containsExactly("Authorization");
		assertNothingWritten();
	}

	@Test
	void acceptsTheValidBodyTheCasesAreDerivedFrom() {
		Response response = this.api.post("/api/v1/orders", VALID);

		assertThat(response.status()).as(response.body()).isEqualTo(201);
		assertThat(orderRows()).isEqualTo(1);
		assertThat(outboxRows()).isEqualTo(1);
	}

	private void assertNothingWritten() {
		assertThat(orderRows()).as("order rows").isZero();
		assertThat(outboxRows()).as("outbox events").isZero();
	}

}
