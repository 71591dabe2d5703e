package com.setupflow.order;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;

import com.setupflow.order.apikey.ApiClients;
import com.setupflow.order.dashboard.AccountReps;
import com.setupflow.order.support.OrderServiceTest;
import com.setupflow.order.support.Orders;
import com.setupflow.testsupport.badinput.BadInput;
import com.setupflow.testsupport.badinput.BadInputCorpus;
import com.setupflow.testsupport.badinput.Caller;
import com.setupflow.testsupport.badinput.DatabaseFootprint;

import static com.setupflow.testsupport.badinput.BadInput.get;
import static com.setupflow.testsupport.badinput.BadInput.method;
import static com.setupflow.testsupport.badinput.BadInput.post;
import static com.setupflow.testsupport.badinput.BadInput.put;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order service's bad-input corpus: every endpoint and form (the commerce API, the
 * account rep dashboard and its sign-in) fed what a careless or hostile client sends.
 * Each row says the answer it must get; none answers 500 and none writes anything: every
 * table of the service's database (outbox and processed events included) is the same
 * after the row as before it.
 *
 * <p>
 * Placeholders: {@code {order}} an order of the signed-in rep, not yet due;
 * {@code {cancelled}} a cancelled one; {@code {otherRepsOrder}} another rep's;
 * {@code {unknown}} an id no order has. Callers: {@code api} the commerce system's key,
 * {@code revoked} a revoked key, {@code rep} a signed-in rep, {@code visitor} a browser
 * on the sign-in page.
 */
class BadInputCorpusTests extends OrderServiceTest {

	private static final String ORDERS = "/api/v1/orders";

	private static final String ORDER = ORDERS + "/{order}";

	private static final String DASHBOARD_ORDER = "/dashboard/orders/{order}";

	/** A valid order; every row below breaks it somewhere. */
	private static final String VALID = Orders.valid("CCW-BAD-0001", TODAY.plusDays(5));

	private static final String MEGABYTE = "x".repeat(1024 * 1024);

	private static final String NUL = "\\u0000";

	private static final String RTL_OVERRIDE = "\u202E";

	private static final String ZERO_WIDTH_SPACE = "\u200B";

	private static final String SQL_INJECTION = "' OR 1=1 --";

	private static final String SCRIPT = "<script>alert(1)</script>";

	private static final String PASSWORD = "correct horse battery staple";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static BadInputCorpus corpus;

	@Autowired
	DataSource dataSource;

	@Autowired
	AccountReps reps;

	@Autowired
	ApiClients apiClients;

	static Stream<BadInput> commerceApi() {
		return Stream.of(
				// Who calls.
				post(ORDERS).json(VALID).named("no API key").expect(401).naming("Authorization", "valid API key"),
				post(ORDERS).json(VALID)
					.header("Authorization", "Bearer sf_test_00000000000000000000000000000000")
					.named("forged API key")
					.expect(401)
					.naming("Authorization", "valid API key"),
				post(ORDERS).as("revoked").json(VALID).named("revoked API key").expect(401),
				post(ORDERS).json(VALID)
					.header("Authorization", "Bearer " + API_KEY.substring(0, 20))
					.named("API key cut short")
					.expect(401),
				post(ORDERS).json(VALID)
					.header("Authorization", "Bearer " + API_KEY + "x")
					.named("API key with a character more")
					.expect(401),
				post(ORDERS).json(VALID)
					.header("Authorization", "Bearer " + SQL_INJECTION + " " + "a".repeat(40))
					.named("SQL injection as API key")
					.expect(401),
				post(ORDERS).json(VALID)
					.header("Authorization", "Basic " + API_KEY)
					.named("API key under another scheme")
					.expect(401),
				post(ORDERS).json(VALID)
					.header("Authorization", "Bearer " + "k".repeat(4000))
					.named("API key of 4,000 characters")
					.expect(401),
				post(ORDERS + "?apiKey=" + API_KEY).json(VALID).named("API key in the query string").expect(401),
				get(ORDER).named("order read without a key").expect(401),
				get(ORDERS).as("revoked").named("orders listed with a revoked key").expect(401),
				// What is sent, and how.
				post(ORDERS).as("api")
					.body("application/x-www-form-urlencoded", "orderNumber=CCW-1")
					.named("form instead of JSON")
					.expect(415)
					.naming("Content-Type", "supported media type"),
				post(ORDERS).as("api")
					.body("text/plain", VALID)
					.named("JSON sent as text/plain")
					.expect(415)
					.naming("Content-Type", "supported media type"),
				post(ORDERS).as("api")
					.body("application/xml", "<order><orderNumber>CCW-1</orderNumber></order>")
					.named("XML")
					.expect(415),
				post(ORDERS).as("api")
					.json("{\"orderNumber\": \"CCW-1\",")
					.named("truncated JSON")
					.expect(400)
					.naming("body", "valid JSON"),
				post(ORDERS).as("api").json("").named("empty body").expect(400).naming("body", "required"),
				post(ORDERS).as("api").json("null").named("JSON null").expect(400),
				post(ORDERS).as("api")
					.json("[" + VALID + "]")
					.named("array of orders")
					.expect(400)
					.naming("body", "type"),
				post(ORDERS).as("api").json("\"CCW-1\"").named("JSON string").expect(400).naming("body", "type"),
				post(ORDERS).as("api")
					.json("{\"orderNumber\": \"CCW-BAD-0002\", " + VALID.substring(1))
					.named("duplicate key orderNumber")
					.expect(400)
					.naming("orderNumber", "duplicate field"),
				post(ORDERS).as("api")
					.json(replaced(VALID, "{\"id\": \"P-1001\",", "{\"id\": \"P-1001\", \"id\": \"P-6666\","))
					.named("duplicate key inside the partner")
					.expect(400)
					.naming("partner.id", "duplicate field"),
				post(ORDERS).as("api")
					.json(replaced(VALID, "\"quantity\": 250", "\"quantity\": 250, \"quantity\": 1"))
					.named("duplicate key inside an item")
					.expect(400)
					.naming("items[0].quantity", "duplicate field"),
				post(ORDERS).as("api")
					.json(replaced(VALID, "\"Globex SA\"", "\"Globex\u0001SA\""))
					.named("raw control character inside a JSON string")
					.expect(400),
				post(ORDERS).as("api")
					.json("{\"a\":".repeat(2000) + "1" + "}".repeat(2000))
					.named("JSON nested 2,000 deep")
					.expect(400),
				post(ORDERS).as("api")
					.json(" ".repeat(70 * 1024) + VALID)
					.named("body over 64 KiB")
					.expect(413)
					.naming("body", "max size"),
				// orderNumber, the idempotency key.
				post(ORDERS).as("api")
					.json(replaced(VALID, "CCW-BAD-0001", "CCW-1" + SQL_INJECTION))
					.named("SQL injection in orderNumber")
					.expect(400)
					.naming("orderNumber", "Pattern"),
				post(ORDERS).as("api")
					.json(replaced(VALID, "\"CCW-BAD-0001\"", "\"" + SCRIPT.replace("/", "\\/") + "\""))
					.named("markup in orderNumber")
					.expect(400)
					.naming("orderNumber", "Pattern"),
				post(ORDERS).as("api")
					.json(replaced(VALID, "CCW-BAD-0001", "CCW" + NUL + "1"))
					.named("NUL in orderNumber")
					.expect(400)
					.naming("orderNumber", "Pattern"),
				post(ORDERS).as("api")
					.json(replaced(VALID, "CCW-BAD-0001", "CCW-1" + RTL_OVERRIDE + "0"))
					.named("right-to-left override in orderNumber")
					.expect(400)
					.naming("orderNumber", "Pattern"),
				post(ORDERS).as("api")
					.json(replaced(VALID, "CCW-BAD-0001", "CCW-\uD83D\uDE80"))
					.named("emoji in orderNumber")
					.expect(400)
					.naming("orderNumber", "Pattern"),
				post(ORDERS).as("api")
					.json(replaced(VALID, "\"CCW-BAD-0001\"", "100234"))
					.named("orderNumber as a number")
					.expect(400)
					.naming("orderNumber", "type"),
				post(ORDERS).as("api")
					.json(replaced(VALID, "\"CCW-BAD-0001\"", "[\"CCW-1\", \"CCW-2\"]"))
					.named("orderNumber as an array")
					.expect(400)
					.naming("orderNumber", "type"),
				post(ORDERS).as("api")
					.json(replaced(VALID, "CCW-BAD-0001", MEGABYTE))
					.named("orderNumber of 1 MB")
					.expect(413),
				// Partner and customer.
				post(ORDERS).as("api")
					.json(replaced(VALID, "{\"id\": \"P-1001\", \"name\": \"Acme Networks\"}", "\"P-1001\""))
					.named("partner as a string")
					.expect(400)
					.naming("partner", "type"),
				post(ORDERS).as("api")
					.json(replaced(VALID, "Acme Networks", "Acme" + NUL + "Networks"))
					.named("NUL in the partner's name")
					.expect(400)
					.naming("partner.name", "NoControlCharacters"),
				post(ORDERS).as("api")
					.json(replaced(VALID, "Acme Networks", "Acme " + RTL_OVERRIDE + "skrowteN"))
					.named("right-to-left override in the partner's name")
					.expect(400)
					.naming("partner.name", "NoControlCharacters"),
				post(ORDERS).as("api")
					.json(replaced(VALID, "P-1001", "P-1001\\n2"))
					.named("line break in the partner id")
					.expect(400)
					.naming("partner.id", "NoControlCharacters"),
				post(ORDERS).as("api")
					.json(replaced(VALID, "Globex SA", "Glo" + ZERO_WIDTH_SPACE + "bex SA"))
					.named("zero-width space in the customer's name")
					.expect(400)
					.naming("customer.name", "NoControlCharacters"),
				post(ORDERS).as("api")
					.json(replaced(VALID, "Acme Networks", "A".repeat(201)))
					.named("partner name of 201 characters")
					.expect(400)
					.naming("partner.name", "Size"),
				post(ORDERS).as("api")
					.json(replaced(replaced(VALID, "Globex SA", SCRIPT), "deploy@acme.example", "deploy"))
					.named("markup in the customer's name, with a bad contact")
					.expect(400)
					.naming("deploymentContactEmail", "Email"),
				post(ORDERS).as("api")
					.json(replaced(replaced(VALID, "Acme Networks", "Acme \uD83E\uDD84 Networks"),
							"\"items\": [{\"sku\": \"A-WX\", \"quantity\": 250}],", ""))
					.named("emoji in the partner's name, without items")
					.expect(400)
					.naming("items", "NotEmpty"),
				post(ORDERS).as("api")
					.json(replaced(VALID, "Globex SA", MEGABYTE))
					.named("customer name of 1 MB")
					.expect(413),
				// Items.
				post(ORDERS).as("api")
					.json(replaced(VALID, "\"quantity\": 250", "\"quantity\": \"250\""))
					.named("quantity as a string of digits")
					.expect(400)
					.naming("items[0].quantity", "type"),
				post(ORDERS).as("api")
					.json(replaced(VALID, "\"quantity\": 250", "\"quantity\": 2.5e2"))
					.named("quantity in exponent notation")
					.expect(400)
					.naming("items[0].quantity", "type"),
				post(ORDERS).as("api")
					.json(replaced(VALID, "\"quantity\": 250", "\"quantity\": 99999999999999999999"))
					.named("quantity past any integer")
					.expect(400)
					.naming("items[0].quantity", "format"),
				post(ORDERS).as("api")
					.json(replaced(VALID, "\"quantity\": 250", "\"quantity\": -2147483648"))
					.named("quantity at the smallest int")
					.expect(400)
					.naming("items[0].quantity", "Min"),
				post(ORDERS).as("api")
					.json(replaced(VALID, "\"quantity\": 250", "\"quantity\": true"))
					.named("quantity as a boolean")
					.expect(400)
					.naming("items[0].quantity", "type"),
				post(ORDERS).as("api")
					.json(replaced(VALID, "\"quantity\": 250", "\"quantity\": null"))
					.named("quantity null")
					.expect(400)
					.naming("items[0].quantity", "NotNull"),
				post(ORDERS).as("api")
					.json(replaced(VALID, "[{\"sku\": \"A-WX\", \"quantity\": 250}]",
							"{\"sku\": \"A-WX\", \"quantity\": 250}"))
					.named("items as an object")
					.expect(400)
					.naming("items", "type"),
				post(ORDERS).as("api")
					.json(replaced(VALID, "[{\"sku\": \"A-WX\", \"quantity\": 250}]", "[null]"))
					.named("items holding null")
					.expect(400)
					.naming("items[0]", "NotNull"),
				post(ORDERS).as("api")
					.json(replaced(VALID, "[{\"sku\": \"A-WX\", \"quantity\": 250}]",
							Stream.generate(() -> "{\"sku\": \"A-WX\", \"quantity\": 1}")
								.limit(51)
								.collect(Collectors.joining(",", "[", "]"))))
					.named("51 items")
					.expect(400)
					.naming("items", "Size"),
				post(ORDERS).as("api")
					.json(replaced(VALID, "\"A-WX\"", "\"A-WX' OR '1'='1\""))
					.named("SQL injection in a SKU")
					.expect(400)
					.naming("items[0].sku", "KnownSku"),
				post(ORDERS).as("api")
					.json(replaced(VALID, "\"A-WX\"", "\"a-wx\""))
					.named("SKU in lower case")
					.expect(400)
					.naming("items[0].sku", "KnownSku"),
				// Addresses.
				post(ORDERS).as("api")
					.json(replaced(VALID, "deploy@acme.example", SQL_INJECTION))
					.named("SQL injection as contact address")
					.expect(400)
					.naming("deploymentContactEmail", "Email"),
				post(ORDERS).as("api")
					.json(replaced(VALID, "deploy@acme.example", "deploy@acme.example\\r\\nBcc: all@victim.example"))
					.named("mail header injection in the contact address")
					.expect(400)
					.naming("deploymentContactEmail", "Email"),
				post(ORDERS).as("api")
					.json(replaced(VALID, "deploy@acme.example", "de" + NUL + "ploy@acme.example"))
					.named("NUL in the contact address")
					.expect(400)
					.naming("deploymentContactEmail", "Email"),
				post(ORDERS).as("api")
					.json(replaced(VALID, "deploy@acme.example", "deploy" + RTL_OVERRIDE + "@acme.example"))
					.named("right-to-left override in the contact address")
					.expect(400)
					.naming("deploymentContactEmail", "Email"),
				post(ORDERS).as("api")
					.json(replaced(VALID, "deploy@acme.example", "d".repeat(250) + "@acme.example"))
					.named("contact address of 263 characters")
					.expect(400)
					.naming("deploymentContactEmail", "Size"),
				post(ORDERS).as("api")
					.json(replaced(VALID, "\"rep@vendor.example\"", "[\"rep@vendor.example\"]"))
					.named("account rep as an array")
					.expect(400)
					.naming("accountRepEmail", "type"),
				// Dates, zones, languages.
				post(ORDERS).as("api")
					.json(replaced(VALID, TODAY.plusDays(5).toString(), "tomorrow"))
					.named("start date in words")
					.expect(400)
					.naming("requestedStartDate", "type"),
				post(ORDERS).as("api")
					.json(replaced(VALID, TODAY.plusDays(5).toString(), "2027-02-30"))
					.named("30 February")
					.expect(400)
					.naming("requestedStartDate", "type"),
				post(ORDERS).as("api")
					.json(replaced(VALID, TODAY.plusDays(5).toString(), "+999999999-12-31"))
					.named("start date in the year 999,999,999")
					.expect(400)
					.naming("requestedStartDate", "StartWithinReach"),
				post(ORDERS).as("api")
					.json(replaced(VALID, "\"" + TODAY.plusDays(5) + "\"", "20261201"))
					.named("start date as a number")
					.expect(400)
					.naming("requestedStartDate", "type"),
				post(ORDERS).as("api")
					.json(replaced(VALID, "Europe/Paris", "../../etc/passwd"))
					.named("path traversal as time zone")
					.expect(400)
					.naming("timeZone", "TimeZoneId"),
				post(ORDERS).as("api")
					.json(replaced(VALID, "Europe/Paris", "Europe/Paris" + NUL))
					.named("NUL after a time zone")
					.expect(400)
					.naming("timeZone", "TimeZoneId"),
				post(ORDERS).as("api")
					.json(replaced(VALID, "\"timeZone\"", "\"locale\": \"EN\", \"timeZone\""))
					.named("language in capitals")
					.expect(400)
					.naming("locale", "Pattern"),
				post(ORDERS).as("api")
					.json(replaced(VALID, "\"timeZone\"", "\"locale\": 1, \"timeZone\""))
					.named("language as a number")
					.expect(400)
					.naming("locale", "type"),
				// Fields the client does not own.
				post(ORDERS).as("api")
					.json(replaced(VALID, "{\"orderNumber\"", "{\"status\": \"ACTIVE\", \"orderNumber\""))
					.named("status set by the client")
					.expect(400)
					.naming("status", "unknown field"),
				post(ORDERS).as("api")
					.json(replaced(VALID, "{\"orderNumber\"",
							"{\"id\": \"" + UUID.randomUUID() + "\", \"orderNumber\""))
					.named("id set by the client")
					.expect(400)
					.naming("id", "unknown field"),
				post(ORDERS).as("api")
					.json(replaced(VALID, "{\"orderNumber\"", "{\"__proto__\": {\"admin\": true}, \"orderNumber\""))
					.named("prototype pollution key")
					.expect(400)
					.naming("__proto__", "unknown field"),
				// Reading orders.
				get(ORDERS + "/not-a-uuid").as("api").named("malformed order id").expect(400).naming("id", "type"),
				get(ORDERS + "/1'%20OR%20'1'='1").as("api")
					.named("SQL injection as order id")
					.expect(400)
					.naming("id", "type"),
				get(ORDERS + "/{unknown}").as("api").named("unknown order").expect(404),
				get(ORDERS + "/%00").as("api").named("encoded NUL as order id").expect(400),
				get(ORDERS + "/..%2F..%2Factuator%2Fenv").as("api").named("encoded path traversal").expect(400),
				get(ORDERS + "?status=HACKED").as("api")
					.named("unknown status filter")
					.expect(400)
					.naming("status", "type"),
				get(ORDERS + "?size=0").as("api").named("page size 0").expect(400).naming("size", "Min"),
				get(ORDERS + "?size=101").as("api").named("page size 101").expect(400).naming("size", "Max"),
				get(ORDERS + "?page=-1").as("api").named("negative page").expect(400).naming("page", "Min"),
				get(ORDERS + "?page=abc").as("api").named("page in letters").expect(400).naming("page", "type"),
				get(ORDERS + "?size=99999999999").as("api")
					.named("page size past any int")
					.expect(400)
					.naming("size", "type"),
				get(ORDERS + "?partnerId=" + encode(SQL_INJECTION)).as("api")
					.named("SQL injection as partner filter: just text, matching nothing")
					.expect(200)
					.showing("\"totalItems\":0"),
				// Cancelling.
				post(ORDER + "/cancel").as("api")
					.json("{\"reason\": \"" + "r".repeat(501) + "\"}")
					.named("cancel reason of 501 characters")
					.expect(400)
					.naming("reason", "Size"),
				post(ORDER + "/cancel").as("api")
					.json("{\"reason\": {\"text\": \"why\"}}")
					.named("cancel reason as an object")
					.expect(400)
					.naming("reason", "type"),
				post(ORDER + "/cancel").as("api")
					.json("{\"reason\": \"customer" + NUL + "left\"}")
					.named("NUL in the cancel reason")
					.expect(400)
					.naming("reason", "NoControlCharacters"),
				post(ORDER + "/cancel").as("api")
					.json("{\"reason\": \"left\", \"refund\": true}")
					.named("cancel with an unknown field")
					.expect(400)
					.naming("refund", "unknown field"),
				post(ORDER + "/cancel").as("api")
					.body("text/plain", "customer left")
					.named("cancel reason as text/plain")
					.expect(415),
				post(ORDERS + "/{unknown}/cancel").as("api").named("cancel an unknown order").expect(404),
				post(ORDERS + "/CCW-1/cancel").as("api")
					.named("cancel by order number")
					.expect(400)
					.naming("id", "type"),
				// Changing the contact and the start date.
				put(ORDER + "/deployment-contact").as("api")
					.json("{}")
					.named("contact change without address")
					.expect(400)
					.naming("email", "NotBlank"),
				put(ORDER + "/deployment-contact").as("api")
					.json("{\"email\": \"new@acme.example\\r\\nBcc: all@victim.example\"}")
					.named("mail header injection in a contact change")
					.expect(400)
					.naming("email", "Email"),
				put(ORDER + "/deployment-contact").as("api")
					.json("{\"email\": 42}")
					.named("contact address as a number")
					.expect(400)
					.naming("email", "type"),
				put(ORDER + "/deployment-contact").as("api")
					.json("{\"email\": \"ok@acme.example\", \"email\": \"evil@victim.example\"}")
					.named("contact address given twice")
					.expect(400)
					.naming("email", "duplicate field"),
				put(ORDERS + "/{cancelled}/deployment-contact").as("api")
					.json("{\"email\": \"new@acme.example\"}")
					.named("contact change on a cancelled order")
					.expect(409)
					.naming("status", "order-cancelled"),
				put(ORDERS + "/{unknown}/deployment-contact").as("api")
					.json("{\"email\": \"new@acme.example\"}")
					.named("contact change on an unknown order")
					.expect(404),
				method("PATCH", ORDER + "/deployment-contact").as("api")
					.json("{\"email\": \"new@acme.example\"}")
					.named("contact change with PATCH")
					.expect(405),
				put(ORDER + "/requested-start-date").as("api")
					.json("{\"requestedStartDate\": \"" + TODAY.minusDays(1) + "\"}")
					.named("start date moved into the past")
					.expect(400)
					.naming("requestedStartDate", "StartNotInPast"),
				put(ORDER + "/requested-start-date").as("api")
					.json("{\"requestedStartDate\": \"31/12/2026\"}")
					.named("start date in day/month/year")
					.expect(400)
					.naming("requestedStartDate", "type"),
				put(ORDER + "/requested-start-date").as("api")
					.json("{\"requestedStartDate\": \"+999999999-12-31\"}")
					.named("start date moved to the year 999,999,999")
					.expect(400)
					.naming("requestedStartDate", "StartWithinReach"),
				put(ORDERS + "/{cancelled}/requested-start-date").as("api")
					.json("{\"requestedStartDate\": \"" + TODAY.plusDays(9) + "\"}")
					.named("start date of a cancelled order")
					.expect(409)
					.naming("status", "order-cancelled"),
				// Resending and notes.
				post(ORDER + "/resend-setup-email").as("api")
					.named("resend before the start date")
					.expect(409)
					.naming("status", "order-not-due"),
				post(ORDERS + "/{unknown}/resend-setup-email").as("api")
					.named("resend for an unknown order")
					.expect(404),
				post(ORDER + "/notes").as("api")
					.json("{\"text\": \"   \"}")
					.named("blank note")
					.expect(400)
					.naming("text", "NotBlank"),
				post(ORDER + "/notes").as("api")
					.json("{\"text\": \"" + "n".repeat(901) + "\"}")
					.named("note of 901 characters")
					.expect(400)
					.naming("text", "Size"),
				post(ORDER + "/notes").as("api")
					.json("{\"text\": \"called" + NUL + "\"}")
					.named("NUL in a note")
					.expect(400)
					.naming("text", "NoControlCharacters"),
				post(ORDER + "/notes").as("api")
					.json("{\"text\": [\"a\", \"b\"]}")
					.named("note as an array")
					.expect(400)
					.naming("text", "type"),
				post(ORDERS + "/{unknown}/notes").as("api")
					.json("{\"text\": \"hello\"}")
					.named("note on an unknown order")
					.expect(404),
				// Methods and paths that do not exist.
				method("DELETE", ORDER).as("api").named("DELETE an order").expect(405),
				get(ORDER + "/notes").as("api").named("GET on the notes action").expect(405),
				post(ORDER + "/refund").as("api").named("an action that does not exist").expect(404));
	}

	static Stream<BadInput> dashboard() {
		return Stream.of(
				// Reaching pages.
				get("/dashboard").named("dashboard without signing in").expect(302).redirectingTo("/login"),
				get("/dashboard/orders/{otherRepsOrder}").as("rep")
					.named("another rep's order")
					.expect(404)
					.showing("This page does not exist, or it is not yours to see."),
				get("/dashboard/orders/not-a-uuid").as("rep").named("malformed order id").expect(404),
				get("/dashboard?page=abc").as("rep").named("page number in letters").expect(404),
				get("/dashboard/orders/%3Cscript%3Ealert(1)").as("rep").named("markup as order id").expect(404),
				// Forms without their token.
				post(DASHBOARD_ORDER + "/notes").as("rep")
					.form("text", "forged", "back", "order")
					.withoutCsrf()
					.named("note without CSRF token")
					.expect(403),
				post(DASHBOARD_ORDER + "/deployment-contact").as("rep")
					.form("email", "attacker@evil.example", "back", "order")
					.csrf("forged-token")
					.named("contact change with a forged CSRF token")
					.expect(403),
				post(DASHBOARD_ORDER + "/resend-setup-email").as("rep")
					.form("back", "list")
					.withoutCsrf()
					.named("resend without CSRF token")
					.expect(403),
				post(DASHBOARD_ORDER + "/notes").as("rep")
					.json("{\"text\": \"hello\"}")
					.named("note posted as JSON, without a token")
					.expect(403),
				post(DASHBOARD_ORDER + "/notes").form("text", "anonymous")
					.withoutCsrf()
					.named("note without a session or token")
					.expect(403),
				// Someone else's order.
				post("/dashboard/orders/{otherRepsOrder}/notes").as("rep")
					.form("text", "mine now", "back", "order")
					.named("note on another rep's order")
					.expect(404),
				post("/dashboard/orders/{otherRepsOrder}/deployment-contact").as("rep")
					.form("email", "attacker@evil.example", "back", "order")
					.named("contact change on another rep's order")
					.expect(404),
				post("/dashboard/orders/{unknown}/resend-setup-email").as("rep")
					.form("back", "list")
					.named("resend for an unknown order")
					.expect(404),
				// Fields.
				post(DASHBOARD_ORDER + "/deployment-contact").as("rep")
					.form("email", "not-an-address", "back", "order")
					.named("contact not an address")
					.expect(303)
					.redirectingTo(DASHBOARD_ORDER)
					.thenShowing("Enter an email address like name@example.com."),
				post(DASHBOARD_ORDER + "/deployment-contact").as("rep")
					.form("email", "new@acme.example\r\nBcc: all@victim.example", "back", "order")
					.named("mail header injection in the contact")
					.expect(303)
					.thenShowing("Enter an email address like name@example.com."),
				post(DASHBOARD_ORDER + "/deployment-contact").as("rep")
					.form("email", "", "back", "order")
					.named("contact left empty")
					.expect(303)
					.thenShowing("was not changed: see the form below."),
				post(DASHBOARD_ORDER + "/deployment-contact").as("rep")
					.form("email", "new\u0000@acme.example", "back", "order")
					.named("NUL in the contact")
					.expect(303)
					.thenShowing("Enter an email address like name@example.com."),
				post(DASHBOARD_ORDER + "/deployment-contact").as("rep")
					.form("email", SCRIPT + "@acme.example", "back", "order")
					.named("markup in the contact")
					.expect(303)
					.thenShowing("Enter an email address like name@example.com."),
				post(DASHBOARD_ORDER + "/deployment-contact").as("rep")
					.form("email", MEGABYTE, "back", "order")
					.named("contact of 1 MB")
					.expect(413),
				post(DASHBOARD_ORDER + "/notes").as("rep")
					.form("text", "   ", "back", "order")
					.named("blank note")
					.expect(303)
					.thenShowing("Write the note before adding it."),
				post(DASHBOARD_ORDER + "/notes").as("rep")
					.form("text", "n".repeat(901), "back", "order")
					.named("note of 901 characters")
					.expect(303)
					.thenShowing("A note has at most 900 characters."),
				post(DASHBOARD_ORDER + "/notes").as("rep")
					.form("text", "called\u0000back", "back", "order")
					.named("NUL in a note")
					.expect(303)
					.thenShowing("A note cannot hold control characters or invisible formatting characters."),
				post(DASHBOARD_ORDER + "/notes").as("rep")
					.form("text", "", "back", "https://evil.example/phish")
					.named("blank note sent back to another site")
					.expect(303)
					.redirectingTo("/dashboard"),
				post(DASHBOARD_ORDER + "/notes").as("rep")
					.form("back", "order")
					.named("note without its field")
					.expect(303)
					.thenShowing("Write the note before adding it."),
				post(DASHBOARD_ORDER + "/resend-setup-email").as("rep")
					.form("back", "order")
					.named("resend before the start date")
					.expect(303)
					.thenShowing("its setup email goes out then."),
				post(DASHBOARD_ORDER + "/deployment-contact").as("rep")
					.body("multipart/form-data; boundary=nothing", "--nothing\r\nbroken")
					.named("broken multipart body")
					.expect(400),
				// Signing in.
				post("/login").as("visitor")
					.form("email", SQL_INJECTION, "password", "' OR '1'='1")
					.named("SQL injection at sign-in")
					.expect(302)
					.redirectingTo("/login?error"),
				post("/login").as("visitor")
					.form("email", "{rep}", "password", "wrong password!")
					.named("wrong password")
					.expect(302)
					.redirectingTo("/login?error"),
				post("/login").as("visitor")
					.form("email", "{rep}\u0000' OR '1'='1", "password", PASSWORD)
					.named("NUL and SQL injection after the rep's address")
					.expect(302)
					.redirectingTo("/login?error"),
				post("/login").as("visitor")
					.form("email", "{rep}", "password", "p".repeat(10_000))
					.named("password of 10,000 characters")
					.expect(302)
					.redirectingTo("/login?error"),
				post("/login").as("visitor")
					.form("email", "{rep}", "password", MEGABYTE)
					.named("password of 1 MB")
					.expect(413),
				post("/login").form("email", "{rep}", "password", PASSWORD)
					.withoutCsrf()
					.named("sign-in without CSRF token (login CSRF)")
					.expect(403));
	}

	@BeforeEach
	void fixtures() {
		if (corpus != null) {
			return;
		}
		String unique = Long.toString(System.nanoTime(), 36);
		String rep = "rep-bad-" + unique + "@vendor.example";
		String otherRep = "other-bad-" + unique + "@vendor.example";
		this.reps.registerIfAbsent(rep, "Bad Input", PASSWORD);
		String revokedKey = "sf_test_revoked_" + UUID.randomUUID().toString().replace("-", "");
		this.apiClients.register("revoked", revokedKey);
		this.jdbc.sql("update api_client set revoked_at = now() where name = 'revoked' and revoked_at is null")
			.update();
		String order = placeFor(rep, "CCW-BAD-" + unique + "-1");
		String cancelled = placeFor(rep, "CCW-BAD-" + unique + "-2");
		assertThat(this.api.post(ORDERS + "/" + cancelled + "/cancel", "{}").status()).isEqualTo(200);
		String otherRepsOrder = placeFor(otherRep, "CCW-BAD-" + unique + "-3");

		BadInputCorpus created = new BadInputCorpus(this.port,
				new DatabaseFootprint(this.dataSource, QUARTZ_BOOKKEEPING, QUARTZ_FIRINGS))
			.value("order", order)
			.value("cancelled", cancelled)
			.value("otherRepsOrder", otherRepsOrder)
			.value("unknown", UUID.randomUUID())
			.value("rep", rep)
			.caller("api", Caller.bearer(API_KEY))
			.caller("revoked", Caller.bearer(revokedKey))
			.caller("rep", signIn(rep, PASSWORD))
			.caller("visitor", visitor());
		created.settle();
		corpus = created;
	}

	/**
	 * Quartz rewrites these every second (its sweep's next firing, each node's check-in):
	 * their content is its own, their row count is not.
	 */
	private static final Set<String> QUARTZ_BOOKKEEPING = Set.of("qrtz_triggers", "qrtz_simple_triggers",
			"qrtz_cron_triggers", "qrtz_scheduler_state", "qrtz_locks", "qrtz_job_details");

	/** Quartz's record of the firing in progress: a row comes and goes every second. */
	private static final Set<String> QUARTZ_FIRINGS = Set.of("qrtz_fired_triggers");

	@ParameterizedTest(name = "{0}")
	@MethodSource("commerceApi")
	void commerceApiRefusesWithoutWriting(BadInput row) {
		corpus.check(row);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("dashboard")
	void dashboardRefusesWithoutWriting(BadInput row) {
		corpus.check(row);
	}

	private String placeFor(String rep, String number) {
		String body = replaced(Orders.valid(number, TODAY.plusDays(10)), "rep@vendor.example", rep);
		var placed = this.api.post(ORDERS, body);
		assertThat(placed.status()).as(placed.body()).isEqualTo(201);
		return placed.json().path("id").asString();
	}

	/** Signs in through the sign-in form as a browser does; the dashboard's token. */
	private Caller signIn(String email, String password) {
		CookieManager cookies = new CookieManager();
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String loginToken = csrfOf(send(browser, HttpRequest.newBuilder(uri("/login")).GET()));
		HttpResponse<String> signedIn = send(browser, HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(
					"email=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(loginToken))));
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/dashboard"));
		String token = csrfOf(send(browser, HttpRequest.newBuilder(uri("/dashboard")).GET()));
		return Caller.browser(cookieHeader(cookies), token);
	}

	/** A browser that opened the sign-in page: its session and the form's token. */
	private Caller visitor() {
		CookieManager cookies = new CookieManager();
		HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
		String token = csrfOf(send(browser, HttpRequest.newBuilder(uri("/login")).GET()));
		return Caller.browser(cookieHeader(cookies), token);
	}

	private static String cookieHeader(CookieManager cookies) {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.map((cookie) -> cookie.getName() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
	}

	private static String csrfOf(HttpResponse<String> page) {
		Matcher matcher = CSRF.matcher(page.body());
		assertThat(matcher.find()).as("CSRF token on %s", page.uri()).isTrue();
		return matcher.group(1);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
		try {
			return client.send(request.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The body with one piece replaced; fails if the piece is not there. */
	private static String replaced(String body, String target, String replacement) {
		if (!body.contains(target)) {
			throw new IllegalArgumentException("'" + target + "' is not in " + body);
		}
		return body.replace(target, replacement);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
