package com.setupflow.provisioning;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
import org.springframework.security.crypto.password.PasswordEncoder;

import com.setupflow.events.EventJson;
import com.setupflow.events.org.OrgUserInvited;
import com.setupflow.events.provisioning.SetupLinkIssued;
import com.setupflow.provisioning.invitation.Invitations;
import com.setupflow.provisioning.org.Org;
import com.setupflow.provisioning.org.OrgDetails;
import com.setupflow.provisioning.org.OrgUser;
import com.setupflow.provisioning.org.OrgUserRole;
import com.setupflow.provisioning.org.OrgUsers;
import com.setupflow.provisioning.org.Orgs;
import com.setupflow.provisioning.security.SecretTokens;
import com.setupflow.testsupport.badinput.BadInput;
import com.setupflow.testsupport.badinput.BadInputCorpus;
import com.setupflow.testsupport.badinput.BadInputCorpus.Answer;
import com.setupflow.testsupport.badinput.Caller;
import com.setupflow.testsupport.badinput.DatabaseFootprint;

import static com.setupflow.testsupport.badinput.BadInput.method;
import static com.setupflow.testsupport.badinput.BadInput.post;
import static com.setupflow.testsupport.badinput.BadInput.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The provisioning service's bad-input corpus: the setup wizard's pages and API (opened
 * by a link's token), the internal case API, the partner portal's pages and API, and the
 * invitation and sign-in pages, fed what a careless or hostile client sends. Each row
 * says the answer it must get; none answers 500 and none writes anything: every table of
 * the service's database (outbox and processed events included) is the same after the row
 * as before it.
 *
 * <p>
 * Pages answer a refused form by showing it again with the message on the field (200), as
 * a browser without JavaScript needs; a refused sign-in, and a portal page asked for
 * without one, redirect to the sign-in page (302); everything else refused is a 4xx.
 *
 * <p>
 * Placeholders: setup tokens {@code {draft}} (an opened link, before installation),
 * {@code {installed}} (installed, password and settings still to choose),
 * {@code {replaced}} (handed over to a colleague, so replaced), {@code {expired}},
 * {@code {revoked}} (its order cancelled), {@code {tampered}} (the draft's with one
 * character changed); portal ids {@code {subscription}} (partner A's trial),
 * {@code {archived}} (partner A's, cancelled), {@code {customersSubscription}} (the one
 * partner A lets its customer edit), {@code {otherPartners}} (partner B's);
 * {@code {partnerBAdmin}} partner B's admin's address; invitation tokens
 * {@code {invitation}} (pending), {@code {usedInvitation}} and
 * {@code {expiredInvitation}}. Callers: {@code partner} and {@code customer} by HTTP
 * Basic, {@code partnerPages} a partner admin's signed-in browser, {@code browser} an
 * anonymous browser that opened a setup link.
 */
class BadInputCorpusTests extends ProvisioningIntegrationTest {

	private static final String SETUP_API = "/api/v1/setup/";

	private static final String PORTAL_API = "/api/v1/portal";

	private static final String SUBSCRIPTION_API = PORTAL_API + "/subscriptions/{subscription}";

	private static final String SUBSCRIPTION_PAGE = "/portal/subscriptions/{subscription}";

	private static final String PASSWORD = "correct horse battery staple";

	private static final String M365_INCLUDE = "include:spf.m365.signatures.setupflow.example";

	private static final String MEGABYTE = "x".repeat(1024 * 1024);

	private static final String NUL = "\\u0000";

	private static final String RTL_OVERRIDE = "\u202E";

	private static final String SQL_INJECTION = "' OR 1=1 --";

	private static final String SCRIPT = "<script>alert(1)</script>";

	private static final String PARTNER_ORG = "{\"name\": \"Acme Networks\", \"country\": \"FR\","
			+ " \"addressLine\": \"1 rue de la Paix\", \"city\": \"Paris\", \"postalCode\": \"75002\"}";

	/** Answers up to the partner-org step; rows break one piece of it. */
	private static final String DRAFT = "{\"role\": \"PARTNER\", \"who\": \"ME\", \"partnerOrg\": " + PARTNER_ORG + "}";

	private static final String SUBSCRIPTION = "{\"product\": \"SIG-M365\", \"companyName\": \"Globex SA\","
			+ " \"users\": 40, \"customerCanEdit\": false}";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static BadInputCorpus corpus;

	@Autowired
	DataSource dataSource;

	@Autowired
	Orgs orgs;

	@Autowired
	OrgUsers users;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	Invitations invitations;

	static Stream<BadInput> setupApi() {
		return Stream.of(
				// Tokens that open nothing.
				BadInput.get(SETUP_API + "{forged}").named("forged token").expect(404),
				BadInput.get(SETUP_API + "{tampered}").named("tampered token").expect(404),
				BadInput.get(SETUP_API + "{draftCut}").named("token one character short").expect(404),
				BadInput.get(SETUP_API + "%27%20OR%201%3D1%20--").named("SQL injection as token").expect(404),
				BadInput.get(SETUP_API + "t".repeat(2000)).named("token of 2,000 characters").expect(404),
				BadInput.get(SETUP_API + "{draft}%00").named("token with NUL after it").expect(400),
				BadInput.get(SETUP_API + "{replaced}").named("replayed token, replaced by a hand-over").expect(410),
				BadInput.get(SETUP_API + "{expired}").named("expired token").expect(410),
				BadInput.get(SETUP_API + "{revoked}").named("token of a cancelled order").expect(410),
				post(SETUP_API + "{replaced}/checks/role").json("{\"role\": \"PARTNER\"}")
					.named("replayed token on a check")
					.expect(410),
				post(SETUP_API + "{expired}/installation").json(DRAFT)
					.named("installation with an expired token")
					.expect(410),
				post(SETUP_API + "{forged}/delegation")
					.json("{\"who\": \"COLLEAGUE\", \"delegateEmail\": \"x@acme.example\"}")
					.named("hand-over with a forged token")
					.expect(404),
				// The draft, step by step.
				post(SETUP_API + "{draft}/checks/role").json("{\"role\": \"ADMIN\"}")
					.named("role not offered")
					.expect(400)
					.naming("role", "choice"),
				post(SETUP_API + "{draft}/checks/role").json("{\"role\": 1}")
					.named("role as a number")
					.expect(400)
					.naming("role", "type"),
				post(SETUP_API + "{draft}/checks/role").json("{\"role\": [\"PARTNER\", \"CUSTOMER\"]}")
					.named("two roles at once")
					.expect(400)
					.naming("role", "type"),
				post(SETUP_API + "{draft}/checks/role").json("{\"role\": \"PARTNER\", \"role\": \"OTHER\"}")
					.named("role given twice")
					.expect(400)
					.naming("role", "duplicate field"),
				post(SETUP_API + "{draft}/checks/role").json("{\"role\": \"PARTNER\", \"admin\": true}")
					.named("unknown field")
					.expect(400)
					.naming("admin", "unknown field"),
				post(SETUP_API + "{draft}/checks/role").json("{\"role\": \"PARTNER\"")
					.named("truncated JSON")
					.expect(400)
					.naming("body", "valid JSON"),
				post(SETUP_API + "{draft}/checks/role").json("")
					.named("no body")
					.expect(400)
					.naming("body", "required"),
				post(SETUP_API + "{draft}/checks/role").json("[]")
					.named("array body")
					.expect(400)
					.naming("body", "type"),
				post(SETUP_API + "{draft}/checks/role").json("{\"role\": " + "[".repeat(2000) + "]".repeat(2000) + "}")
					.named("role nested 2,000 arrays deep")
					.expect(400)
					.naming("role", "type"),
				post(SETUP_API + "{draft}/checks/role").body("application/x-www-form-urlencoded", "role=PARTNER")
					.named("form instead of JSON")
					.expect(415),
				post(SETUP_API + "{draft}/checks/admin").json("{\"role\": \"PARTNER\"}")
					.named("step that does not exist")
					.expect(404),
				post(SETUP_API + "{draft}/checks/partner-org")
					.json(replaced(DRAFT, "Acme Networks", "Acme" + NUL + "Networks"))
					.named("NUL in the partner org's name")
					.expect(400)
					.naming("partnerOrg.name", "no-control-characters"),
				post(SETUP_API + "{draft}/checks/partner-org")
					.json(replaced(DRAFT, "Acme Networks", "Acme " + RTL_OVERRIDE + "skrowteN"))
					.named("right-to-left override in the partner org's name")
					.expect(400)
					.naming("partnerOrg.name", "no-control-characters"),
				post(SETUP_API + "{draft}/checks/partner-org").json(replaced(DRAFT, "Acme Networks", "A".repeat(201)))
					.named("partner org name of 201 characters")
					.expect(400)
					.naming("partnerOrg.name", "max-length"),
				post(SETUP_API + "{draft}/checks/partner-org")
					.json(replaced(DRAFT, "\"FR\"", "\"" + SQL_INJECTION + "\""))
					.named("SQL injection as country")
					.expect(400)
					.naming("partnerOrg.country", "iso-country"),
				post(SETUP_API + "{draft}/checks/partner-org").json(replaced(DRAFT, "\"75002\"", "\"<b>1<\\/b>\""))
					.named("markup as postal code")
					.expect(400)
					.naming("partnerOrg.postalCode", "postal-code"),
				post(SETUP_API + "{draft}/checks/partner-org").json(replaced(DRAFT, PARTNER_ORG, "\"Acme Networks\""))
					.named("partner org as a string")
					.expect(400)
					.naming("partnerOrg", "type"),
				post(SETUP_API + "{draft}/checks/partner-org")
					.json(replaced(DRAFT, "\"city\"", "\"vatId\": \"FR1\", \"city\""))
					.named("unknown field in the partner org")
					.expect(400)
					.naming("partnerOrg.vatId", "unknown field"),
				post(SETUP_API + "{draft}/checks/customer-admin")
					.json(replaced(DRAFT, "{\"role\"",
							"{\"customerAdminEmail\": \"it@globex.example\\r\\nBcc: all@victim.example\", \"role\""))
					.named("mail header injection in the customer admin's address")
					.expect(400)
					.naming("customerAdminEmail", "email"),
				post(SETUP_API + "{draft}/checks/customer-admin")
					.json(replaced(DRAFT, "{\"role\"", "{\"customerAdminEmail\": \"{partnerBAdmin}\", \"role\""))
					.named("another partner's admin as customer admin")
					.expect(400)
					.naming("customerAdminEmail", "one-org-per-address"),
				post(SETUP_API + "{draft}/checks/customer-admin")
					.json(replaced(DRAFT, "{\"role\"", "{\"customerAdminEmail\": \"{draftContact}\", \"role\""))
					.named("own address as customer admin")
					.expect(400)
					.naming("customerAdminEmail", "one-org-per-address"),
				post(SETUP_API + "{draft}/installation").json("{}")
					.named("installation of an empty draft")
					.expect(400)
					.naming("role", "choice"),
				post(SETUP_API + "{draft}/installation").json(replaced(DRAFT, "{\"role\"",
						"{\"customerAdminEmail\": \"it@globex.example\", \"customerOrg\": {\"name\": \"Globex" + NUL
								+ "\", \"country\": \"CH\", \"addressLine\": \"Bahnhofstrasse 1\", \"city\": \"Zürich\","
								+ " \"postalCode\": \"8001\"}, \"role\""))
					.named("installation with NUL in the customer org's name")
					.expect(400)
					.naming("customerOrg.name", "no-control-characters"),
				post(SETUP_API + "{installed}/installation").json(DRAFT).named("installation twice").expect(409),
				post(SETUP_API + "{draft}/delegation").json("{\"who\": \"ME\", \"delegateEmail\": \"x@acme.example\"}")
					.named("hand-over to oneself")
					.expect(400)
					.naming("who", "choice"),
				post(SETUP_API + "{draft}/delegation")
					.json("{\"who\": \"COLLEAGUE\", \"delegateEmail\": \"{partnerBAdmin}\"}")
					.named("hand-over to another partner's admin")
					.expect(400)
					.naming("delegateEmail", "one-org-per-address"),
				post(SETUP_API + "{draft}/delegation")
					.json("{\"who\": \"COLLEAGUE\", \"delegateEmail\": \"{draftContact}\"}")
					.named("hand-over to oneself by address")
					.expect(400)
					.naming("delegateEmail", "someone-else"),
				post(SETUP_API + "{draft}/delegation")
					.json("{\"who\": \"COLLEAGUE\", \"delegateEmail\": \"" + MEGABYTE + "\"}")
					.named("hand-over address of 1 MB")
					.expect(413),
				post(SETUP_API + "{draft}/partner-org-dispute").named("dispute with no partner org on record")
					.expect(409),
				// After installation.
				put(SETUP_API + "{draft}/password")
					.json("{\"password\": \"" + PASSWORD + "\", \"passwordConfirmation\": \"" + PASSWORD + "\"}")
					.named("password before installation")
					.expect(409),
				put(SETUP_API + "{installed}/password")
					.json("{\"password\": \"short\", \"passwordConfirmation\": \"short\"}")
					.named("password too short")
					.expect(400)
					.naming("password", "min-length"),
				put(SETUP_API + "{installed}/password")
					.json("{\"password\": \"" + PASSWORD + "\", \"passwordConfirmation\": \"another one entirely\"}")
					.named("passwords that differ")
					.expect(400)
					.naming("passwordConfirmation", "matches"),
				put(SETUP_API + "{installed}/password")
					.json("{\"password\": \"" + "p".repeat(129) + "q\", \"passwordConfirmation\": \"x\"}")
					.named("password of 130 characters")
					.expect(400)
					.naming("password", "max-length"),
				put(SETUP_API + "{installed}/password")
					.json("{\"password\": 123456789012345, \"passwordConfirmation\": 123456789012345}")
					.named("password as a number")
					.expect(400)
					.naming("password", "type"),
				put(SETUP_API + "{installed}/settings/calling")
					.json("{\"location\": \"Paris HQ\", \"emergencyNumber\": \"call 112\", \"voicemail\": true}")
					.named("emergency number in words")
					.expect(400)
					.naming("emergencyNumber", "e164"),
				put(SETUP_API + "{installed}/settings/calling")
					.json("{\"location\": \"Paris" + NUL
							+ "\", \"emergencyNumber\": \"+33142685300\", \"voicemail\": true}")
					.named("NUL in the location")
					.expect(400)
					.naming("location", "no-control-characters"),
				put(SETUP_API + "{installed}/settings/calling")
					.json("{\"location\": \"Paris HQ\", \"emergencyNumber\": \"+33142685300\", \"voicemail\": \"yes\"}")
					.named("voicemail as a word")
					.expect(400)
					.naming("voicemail", "type"),
				put(SETUP_API + "{installed}/settings/calling")
					.json("{\"location\": \"Paris HQ\", \"emergencyNumber\": 33142685300, \"voicemail\": true}")
					.named("emergency number as a number")
					.expect(400)
					.naming("emergencyNumber", "type"),
				put(SETUP_API + "{installed}/settings/calling").json("{}")
					.named("calling settings left empty")
					.expect(400)
					.naming("location", "required"),
				put(SETUP_API + "{installed}/settings/meetings")
					.json("{\"language\": \"xx\", \"guestsAllowed\": true, \"recording\": false}")
					.named("meeting language not offered")
					.expect(400)
					.naming("language", "choice"),
				put(SETUP_API + "{installed}/settings/meetings")
					.json("{\"language\": \"en' OR '1'='1\", \"guestsAllowed\": true, \"recording\": false}")
					.named("SQL injection as meeting language")
					.expect(400)
					.naming("language", "choice"),
				put(SETUP_API + "{installed}/settings/meetings")
					.json("{\"language\": \"fr\", \"guestsAllowed\": \"true\", \"recording\": false}")
					.named("guests allowed as a string")
					.expect(400)
					.naming("guestsAllowed", "type"),
				put(SETUP_API + "{installed}/settings/enterprise").json("{\"subdomain\": \"-globex-\"}")
					.named("subdomain with hyphens at its ends")
					.expect(400)
					.naming("subdomain", "dns-label"),
				put(SETUP_API + "{installed}/settings/enterprise").json("{\"subdomain\": \"globex.evil.example\"}")
					.named("subdomain with dots")
					.expect(400)
					.naming("subdomain", "dns-label"),
				put(SETUP_API + "{installed}/settings/enterprise").json("{\"subdomain\": \"glöbex\"}")
					.named("subdomain with a non-ASCII letter")
					.expect(400)
					.naming("subdomain", "dns-label"),
				put(SETUP_API + "{installed}/settings/enterprise").json("{\"subdomain\": \"admin\"}")
					.named("reserved subdomain")
					.expect(400)
					.naming("subdomain", "reserved"),
				put(SETUP_API + "{installed}/settings/enterprise").json("{\"subdomain\": \"" + "a".repeat(64) + "\"}")
					.named("subdomain of 64 characters")
					.expect(400)
					.naming("subdomain", "max-length"),
				put(SETUP_API + "{installed}/settings/enterprise").json("{\"subdomain\": \"{takenSubdomain}\"}")
					.named("subdomain another org has")
					.expect(400)
					.naming("subdomain", "available"),
				put(SETUP_API + "{installed}/settings/connection").json("{\"connectionOptions\": []}")
					.named("no connection option")
					.expect(400)
					.naming("connectionOptions", "at-least-one"),
				put(SETUP_API + "{installed}/settings/connection").json("{\"connectionOptions\": [\"CARRIER_PIGEON\"]}")
					.named("connection option that does not exist")
					.expect(400)
					.naming("connectionOptions[0]", "type"),
				put(SETUP_API + "{installed}/settings/connection").json("{\"connectionOptions\": \"SERVER_SIDE\"}")
					.named("connection option not in an array")
					.expect(400)
					.naming("connectionOptions", "type"),
				put(SETUP_API + "{draft}/settings/calling")
					.json("{\"location\": \"Paris HQ\", \"emergencyNumber\": \"+33142685300\", \"voicemail\": true}")
					.named("settings before installation")
					.expect(409),
				BadInput.get(SETUP_API + "{draft}/subdomains/globex")
					.named("subdomain check before installation")
					.expect(409),
				post(SETUP_API + "{installed}/deployment").named("deployment before the settings")
					.expect(400)
					.naming("steps", "complete"),
				put(SETUP_API + "{replaced}/settings/meetings")
					.json("{\"language\": \"fr\", \"guestsAllowed\": true, \"recording\": false}")
					.named("settings with a replayed token")
					.expect(410),
				method("DELETE", SETUP_API + "{draft}").named("DELETE a setup").expect(405),
				// The internal case API.
				BadInput.get("/api/v1/provisioning/not-a-uuid")
					.named("case id not a UUID")
					.expect(400)
					.naming("orderId", "type"),
				BadInput.get("/api/v1/provisioning/%27%20OR%20%271%27%3D%271")
					.named("SQL injection as case id")
					.expect(400)
					.naming("orderId", "type"),
				BadInput.get("/api/v1/provisioning/{unknown}").named("case of an unknown order").expect(404),
				post("/api/v1/provisioning/{unknown}").json("{}").named("POST to a case").expect(405));
	}

	static Stream<BadInput> setupPages() {
		return Stream.of(BadInput.get("/setup/{forged}").as("browser").named("forged token").expect(404),
				BadInput.get("/setup/{tampered}").as("browser").named("tampered token").expect(404),
				BadInput.get("/setup/{replaced}").as("browser").named("replayed token").expect(410),
				BadInput.get("/setup/{expired}").as("browser").named("expired token").expect(410),
				BadInput.get("/setup/{revoked}/services").as("browser").named("token of a cancelled order").expect(410),
				BadInput.get("/setup/%3Cscript%3Ealert(1)").as("browser").named("markup as token").expect(404),
				post("/setup/{draft}/draft/role").as("browser")
					.form("role", "PARTNER")
					.withoutCsrf()
					.named("step without CSRF token")
					.expect(403),
				post("/setup/{draft}/draft/who").as("browser")
					.form("role", "PARTNER", "who", "COLLEAGUE", "delegateEmail", "attacker@evil.example")
					.csrf("forged-token")
					.named("hand-over with a forged CSRF token")
					.expect(403),
				post("/setup/{draft}/draft/role").as("browser")
					.form("role", "ADMIN")
					.named("role not offered")
					.expect(200)
					.showing("id=\"error-summary\"")
					.showing("Choose one of the options."),
				post("/setup/{draft}/draft/partner-org").as("browser")
					.form("role", "PARTNER", "who", "ME", "partnerOrg.name", "Acme\u0000Networks", "partnerOrg.country",
							"FR", "partnerOrg.addressLine", "1 rue de la Paix", "partnerOrg.city", "Paris",
							"partnerOrg.postalCode", "75002")
					.named("NUL in the partner org's name")
					.expect(200)
					.showing("Remove the invisible control characters."),
				post("/setup/{draft}/draft/partner-org").as("browser")
					.form("role", "PARTNER", "who", "ME", "partnerOrg.name", SCRIPT, "partnerOrg.country", "XX",
							"partnerOrg.addressLine", "1 rue de la Paix", "partnerOrg.city", "Paris",
							"partnerOrg.postalCode", "75002")
					.named("markup as name, unknown country")
					.expect(200)
					.showing("Choose a country from the list.")
					.showing("&lt;script&gt;"),
				post("/setup/{draft}/draft/who").as("browser")
					.form("role", "PARTNER", "who", "COLLEAGUE", "delegateEmail", "{partnerBAdmin}")
					.named("hand-over to another partner's admin")
					.expect(200)
					.showing("already belongs to another organisation"),
				post("/setup/{draft}/draft/who").as("browser")
					.form("role", "PARTNER", "who", "COLLEAGUE", "delegateEmail", MEGABYTE)
					.named("hand-over address of 1 MB")
					.expect(413),
				post("/setup/{draft}/draft/nowhere").as("browser")
					.form("role", "PARTNER")
					.named("step that does not exist")
					.expect(404),
				post("/setup/{replaced}/draft/role").as("browser")
					.form("role", "PARTNER")
					.named("step with a replayed token")
					.expect(410),
				post("/setup/{installed}/password").as("browser")
					.form("password", "short", "passwordConfirmation", "short")
					.named("password too short")
					.expect(200)
					.showing("Use at least 12 characters."),
				post("/setup/{installed}/password").as("browser")
					.form("password", "{installedContact}", "passwordConfirmation", "{installedContact}")
					.named("the address as password")
					.expect(200)
					.showing("Do not use your email address in your password."),
				post("/setup/{installed}/services/calling").as("browser")
					.form("location", "Paris HQ", "emergencyNumber", "' OR 1=1", "voicemail", "true")
					.named("SQL injection as emergency number")
					.expect(200)
					.showing("Enter the number in international format"),
				post("/setup/{installed}/services/calling").as("browser")
					.form("location", "Paris HQ", "emergencyNumber", "+33142685300", "voicemail", "maybe")
					.named("voicemail neither true nor false")
					.expect(400)
					.naming("voicemail", "type"),
				post("/setup/{installed}/services/meetings").as("browser")
					.form("language", "klingon", "guestsAllowed", "true")
					.named("meeting language not offered")
					.expect(200)
					.showing("Choose one of the options."),
				post("/setup/{installed}/services/enterprise").as("browser")
					.form("subdomain", "globex", "checkedSubdomain", "other", "action", "save")
					.named("subdomain saved without its check")
					.expect(200)
					.showing("Check availability before you save."),
				post("/setup/{installed}/services/enterprise").as("browser")
					.form("subdomain", SCRIPT)
					.named("markup as subdomain")
					.expect(200)
					.showing("Use letters, digits and hyphens only"),
				post("/setup/{installed}/services/connection").as("browser")
					.form("connectionOptions", "SERVER_SIDE", "connectionOptions", "CARRIER_PIGEON")
					.named("forged connection option")
					.expect(200)
					.showing("Choose one of the options."),
				post("/setup/{installed}/deploy").as("browser")
					.form()
					.named("deploy before the settings")
					.expect(200)
					.showing("Save every setting before you deploy"),
				BadInput.get("/setup/{installed}/services/billing")
					.as("browser")
					.named("service step that does not exist")
					.expect(404));
	}

	static Stream<BadInput> portalApi() {
		return Stream.of(
				// Who calls.
				BadInput.get(PORTAL_API + "/subscriptions").named("no credentials").expect(401),
				BadInput.get(PORTAL_API + "/subscriptions")
					.header("Authorization", "Basic {wrongPassword}")
					.named("wrong password")
					.expect(401),
				BadInput.get(PORTAL_API + "/subscriptions")
					.header("Authorization", "Basic {injectedUser}")
					.named("SQL injection as user name")
					.expect(401),
				BadInput.get(PORTAL_API + "/subscriptions")
					.header("Authorization", "Basic not-base64!!")
					.named("credentials that are not base64")
					.expect(401),
				BadInput.get(PORTAL_API + "/subscriptions")
					.header("Authorization", "Bearer {invitation}")
					.named("an invitation token as bearer")
					.expect(401),
				// Another partner's subscription.
				BadInput.get(PORTAL_API + "/subscriptions/{otherPartners}")
					.as("partner")
					.named("read another partner's")
					.expect(404),
				put(PORTAL_API + "/subscriptions/{otherPartners}/connection").as("partner")
					.json("{\"connectionOptions\": [\"SERVER_SIDE\"]}")
					.named("launch another partner's")
					.expect(404),
				post(PORTAL_API + "/subscriptions/{otherPartners}/users").as("partner")
					.json("{\"add\": 5}")
					.named("add users to another partner's")
					.expect(404),
				post(PORTAL_API + "/subscriptions/{otherPartners}/cancellation").as("partner")
					.named("cancel another partner's")
					.expect(404),
				post(PORTAL_API + "/subscriptions/{otherPartners}/activation").as("partner")
					.named("activate another partner's")
					.expect(404),
				BadInput.get(PORTAL_API + "/subscriptions/not-a-uuid")
					.as("partner")
					.named("id not a UUID")
					.expect(400)
					.naming("id", "type"),
				// A customer admin reaching for billing and the partner's things.
				post(PORTAL_API + "/subscriptions/{customersSubscription}/users").as("customer")
					.json("{\"add\": 5}")
					.named("customer admin adds users")
					.expect(404),
				post(PORTAL_API + "/subscriptions/{customersSubscription}/cancellation").as("customer")
					.named("customer admin cancels")
					.expect(404),
				post(PORTAL_API + "/subscriptions/{customersSubscription}/activation").as("customer")
					.named("customer admin starts billing")
					.expect(404),
				BadInput.get(PORTAL_API + "/subscriptions/{subscription}")
					.as("customer")
					.named("customer admin reads another customer's")
					.expect(404),
				post(PORTAL_API + "/subscriptions").as("customer")
					.json(SUBSCRIPTION)
					.named("customer admin adds a subscription")
					.expect(404),
				post(PORTAL_API + "/admins").as("customer")
					.json("{\"name\": \"Eve\", \"email\": \"eve@globex.example\"}")
					.named("customer admin invites a partner admin")
					.expect(404),
				// New subscriptions.
				post(PORTAL_API + "/subscriptions").as("partner")
					.json(replaced(SUBSCRIPTION, "Globex SA", "Globex" + RTL_OVERRIDE + "AS"))
					.named("right-to-left override in the company name")
					.expect(400)
					.naming("companyName", "no-control-characters"),
				post(PORTAL_API + "/subscriptions").as("partner")
					.json(replaced(SUBSCRIPTION, "Globex SA", "Glo\u200Bbex"))
					.named("zero-width space in the company name")
					.expect(400)
					.naming("companyName", "no-control-characters"),
				post(PORTAL_API + "/subscriptions").as("partner")
					.json(replaced(replaced(SUBSCRIPTION, "Globex SA", "Globex \uD83D\uDE80 SA"), "40", "0"))
					.named("emoji in the company name, no users")
					.expect(400)
					.naming("users", "min"),
				post(PORTAL_API + "/subscriptions").as("partner")
					.json(replaced(SUBSCRIPTION, "40", "\"40\""))
					.named("users as a string of digits")
					.expect(400)
					.naming("users", "type"),
				post(PORTAL_API + "/subscriptions").as("partner")
					.json(replaced(SUBSCRIPTION, "40", "99999999999"))
					.named("users past any int")
					.expect(400)
					.naming("users", "format"),
				post(PORTAL_API + "/subscriptions").as("partner")
					.json(replaced(SUBSCRIPTION, "false", "\"no\""))
					.named("customerCanEdit as a word")
					.expect(400)
					.naming("customerCanEdit", "type"),
				post(PORTAL_API + "/subscriptions").as("partner")
					.json(replaced(SUBSCRIPTION, "\"SIG-M365\"", "[\"SIG-M365\", \"SIG-GWS\"]"))
					.named("two products at once")
					.expect(400)
					.naming("product", "type"),
				post(PORTAL_API + "/subscriptions").as("partner")
					.json(replaced(SUBSCRIPTION, "\"SIG-M365\"", "\"SIG-M365' OR '1'='1\""))
					.named("SQL injection as product")
					.expect(400)
					.naming("product", "portal-product"),
				post(PORTAL_API + "/subscriptions").as("partner")
					.json(replaced(SUBSCRIPTION, "false}",
							"true, \"customerContact\": {\"name\": \"Eve\", \"email\": \"{partnerBAdmin}\"}}"))
					.named("another partner's admin as customer contact")
					.expect(400)
					.naming("contactEmail", "one-org-per-address"),
				post(PORTAL_API + "/subscriptions").as("partner")
					.json(replaced(SUBSCRIPTION, "{\"product\"",
							"{\"partnerOrgId\": \"{otherPartnerOrg}\", \"product\""))
					.named("subscription for another partner's org")
					.expect(400)
					.naming("partnerOrgId", "unknown field"),
				post(PORTAL_API + "/subscriptions").as("partner")
					.json(replaced(SUBSCRIPTION, "{\"product\"", "{\"users\": 1, \"product\""))
					.named("users given twice")
					.expect(400)
					.naming("users", "duplicate field"),
				post(PORTAL_API + "/subscriptions").as("partner")
					.json(replaced(SUBSCRIPTION, "Globex SA", MEGABYTE))
					.named("company name of 1 MB")
					.expect(413),
				post(PORTAL_API + "/subscriptions").as("partner")
					.body("application/x-www-form-urlencoded", "product=SIG-M365")
					.named("form instead of JSON")
					.expect(415),
				// Changes.
				put(SUBSCRIPTION_API + "/spf-record").as("partner")
					.json("{\"record\": \"v=spf1 " + M365_INCLUDE + " " + SCRIPT.replace("/", "\\/") + " ~all\"}")
					.named("markup in the SPF record")
					.expect(400)
					.naming("spfRecord", "spf-syntax"),
				put(SUBSCRIPTION_API + "/spf-record").as("partner")
					.json("{\"record\": \"v=spf1 " + M365_INCLUDE + NUL + " ~all\"}")
					.named("NUL in the SPF record")
					.expect(400)
					.naming("spfRecord", "spf-syntax"),
				put(SUBSCRIPTION_API + "/spf-record").as("partner")
					.json("{\"record\": [\"v=spf1\"]}")
					.named("SPF record as an array")
					.expect(400)
					.naming("record", "type"),
				post(SUBSCRIPTION_API + "/users").as("partner")
					.json("{\"add\": \"5\"}")
					.named("users to add as a string")
					.expect(400)
					.naming("add", "type"),
				post(SUBSCRIPTION_API + "/users").as("partner")
					.json("{\"add\": 2147483648}")
					.named("users to add past any int")
					.expect(400)
					.naming("add", "format"),
				post(SUBSCRIPTION_API + "/users").as("partner")
					.json("{\"add\": -2147483648}")
					.named("users to add at the smallest int")
					.expect(400)
					.naming("users", "min"),
				put(SUBSCRIPTION_API + "/connection").as("partner")
					.json("{\"connectionOptions\": [null]}")
					.named("connection option null")
					.expect(400),
				post(PORTAL_API + "/subscriptions/{archived}/activation").as("partner")
					.named("activate a cancelled subscription")
					.expect(409),
				put(PORTAL_API + "/subscriptions/{archived}/connection").as("partner")
					.json("{\"connectionOptions\": [\"SERVER_SIDE\"]}")
					.named("launch a cancelled subscription")
					.expect(409),
				post(PORTAL_API + "/admins").as("partner")
					.json("{\"name\": \"Mallory\", \"email\": \"{partnerBAdmin}\"}")
					.named("another partner's admin as admin")
					.expect(400)
					.naming("email", "one-org-per-address"),
				post(PORTAL_API + "/admins").as("partner")
					.json("{\"name\": \"" + SCRIPT.replace("/", "\\/") + "\", \"email\": \""
							+ SCRIPT.replace("/", "\\/") + "\"}")
					.named("markup as admin address")
					.expect(400)
					.naming("email", "email"),
				post(PORTAL_API + "/admins").as("partner")
					.json("{\"name\": \"Ada\", \"email\": \"ada@acme.example\", \"role\": \"CUSTOMER_ADMIN\"}")
					.named("admin with a role chosen by the client")
					.expect(400)
					.naming("role", "unknown field"),
				method("DELETE", SUBSCRIPTION_API).as("partner").named("DELETE a subscription").expect(405));
	}

	static Stream<BadInput> portalPages() {
		return Stream.of(
				BadInput.get("/portal")
					.as("browser")
					.named("portal without signing in")
					.expect(302)
					.redirectingTo("/login"),
				BadInput.get("/portal/subscriptions/{otherPartners}")
					.as("partnerPages")
					.named("another partner's subscription")
					.expect(404),
				BadInput.get("/portal/subscriptions/not-a-uuid").as("partnerPages").named("id not a UUID").expect(404),
				post("/portal/subscriptions").as("partnerPages")
					.form("product", "SIG-M365", "companyName", "Globex", "users", "5")
					.withoutCsrf()
					.named("new subscription without CSRF token")
					.expect(403),
				post("/portal/subscriptions").as("partnerPages")
					.form("product", "SIG-M365", "companyName", "Globex", "users", "forty")
					.named("users in words")
					.expect(200)
					.showing("Enter a whole number, such as 25."),
				post("/portal/subscriptions").as("partnerPages")
					.form("product", "SIG-M365", "companyName", "Globex", "users", "99999999999999999999")
					.named("users past any integer")
					.expect(200)
					.showing("Enter at most"),
				post("/portal/subscriptions").as("partnerPages")
					.form("product", "SIG-M365", "companyName", "Glo\u0000bex", "users", "5")
					.named("NUL in the company name")
					.expect(200)
					.showing("Remove the invisible control characters."),
				post("/portal/subscriptions").as("partnerPages")
					.form("product", "A-WX", "companyName", "Globex", "users", "5")
					.named("product without a trial")
					.expect(200)
					.showing("Choose one of the options."),
				post("/portal/subscriptions").as("partnerPages")
					.form("product", "SIG-M365", "companyName", SCRIPT, "users", "5", "customerCanEdit", "true",
							"contactName", "Eve", "contactEmail", "{partnerBAdmin}")
					.named("markup as company, another partner's admin as contact")
					.expect(200)
					.showing("already belongs to another organisation")
					.showing("&lt;script&gt;"),
				post("/portal/subscriptions").as("partnerPages")
					.form("product", "SIG-M365", "companyName", MEGABYTE, "users", "5")
					.named("company name of 1 MB")
					.expect(413),
				post("/portal/subscriptions/{otherPartners}/spf-record").as("partnerPages")
					.form("record", "v=spf1 " + M365_INCLUDE + " ~all")
					.named("SPF record of another partner's subscription")
					.expect(404),
				post("/portal/subscriptions/{otherPartners}/cancellation").as("partnerPages")
					.form()
					.named("cancel another partner's subscription")
					.expect(404),
				post(SUBSCRIPTION_PAGE + "/users").as("partnerPages")
					.form("add", "0")
					.named("add 0 users")
					.expect(200)
					.showing("Enter at least 1."),
				post(SUBSCRIPTION_PAGE + "/users").as("partnerPages")
					.form("add", "-1e9")
					.named("add users in exponent notation")
					.expect(200)
					.showing("Enter a whole number, such as 25."),
				post(SUBSCRIPTION_PAGE + "/spf-record").as("partnerPages")
					.form("record", "' OR 1=1 --")
					.named("SQL injection as SPF record")
					.expect(200)
					.showing("An SPF record starts with v=spf1."),
				post(SUBSCRIPTION_PAGE + "/connection").as("partnerPages")
					.form("connectionOptions", "CARRIER_PIGEON")
					.named("forged connection option")
					.expect(200)
					.showing("Choose one of the options."),
				post("/portal/subscriptions/{archived}/activation").as("partnerPages")
					.form()
					.named("activate a cancelled subscription")
					.expect(409),
				post("/portal/admins").as("partnerPages")
					.form("name", "Mallory", "email", "{partnerBAdmin}")
					.named("another partner's admin as admin")
					.expect(200)
					.showing("already belongs to another organisation"),
				post("/portal/admins").as("partnerPages")
					.form("name", "", "email", "ada@")
					.named("admin without name, address cut short")
					.expect(200)
					.showing("Fill this in."),
				// Invitations and signing in.
				BadInput.get("/invitations/{forged}").as("browser").named("forged invitation").expect(404),
				BadInput.get("/invitations/{usedInvitation}")
					.as("browser")
					.named("replayed invitation, already used")
					.expect(410),
				BadInput.get("/invitations/{expiredInvitation}").as("browser").named("expired invitation").expect(410),
				post("/invitations/{expiredInvitation}").as("browser")
					.form("password", PASSWORD, "passwordConfirmation", PASSWORD)
					.named("expired invitation accepted")
					.expect(410),
				BadInput.get("/invitations/{tamperedInvitation}")
					.as("browser")
					.named("tampered invitation")
					.expect(404),
				post("/invitations/{invitation}").as("browser")
					.form("password", "short", "passwordConfirmation", "short")
					.named("invitation password too short")
					.expect(200)
					.showing("Use at least 12 characters."),
				post("/invitations/{invitation}").as("browser")
					.form("password", PASSWORD, "passwordConfirmation", PASSWORD + "!")
					.named("invitation passwords that differ")
					.expect(200)
					.showing("The two passwords are not the same."),
				post("/invitations/{invitation}").as("browser")
					.form("password", PASSWORD, "passwordConfirmation", PASSWORD)
					.withoutCsrf()
					.named("invitation accepted without CSRF token")
					.expect(403),
				post("/invitations/{usedInvitation}").as("browser")
					.form("password", PASSWORD, "passwordConfirmation", PASSWORD)
					.named("invitation accepted twice")
					.expect(410),
				post("/invitations/{invitation}").as("browser")
					.form("password", MEGABYTE, "passwordConfirmation", "x")
					.named("invitation password of 1 MB")
					.expect(413),
				post("/login").as("browser")
					.form("email", SQL_INJECTION, "password", "' OR '1'='1")
					.named("SQL injection at sign-in")
					.expect(302)
					.redirectingTo("/login?error"),
				post("/login").as("browser")
					.form("email", "{partnerAAdmin}", "password", "wrong password!")
					.named("wrong password")
					.expect(302)
					.redirectingTo("/login?error"),
				post("/login").as("browser")
					.form("email", "{partnerAAdmin}\u0000' OR '1'='1", "password", PASSWORD)
					.named("NUL and SQL injection after the address at sign-in")
					.expect(302)
					.redirectingTo("/login?error"),
				post("/login").as("browser")
					.form("email", "{invitedContact}", "password", PASSWORD)
					.named("sign-in of a user who has no password yet")
					.expect(302)
					.redirectingTo("/login?error"),
				post("/login").form("email", "{partnerAAdmin}", "password", PASSWORD)
					.withoutCsrf()
					.named("sign-in without CSRF token (login CSRF)")
					.expect(403));
	}

	@BeforeEach
	void fixtures() {
		if (corpus != null) {
			return;
		}
		String unique = UUID.randomUUID().toString().substring(0, 8);
		BadInputCorpus created = new BadInputCorpus(this.port, new DatabaseFootprint(this.dataSource));
		String draftToken;
		try (ProvisioningStream events = new ProvisioningStream(this.jdbc)) {
			Setup draft = setup(events, false);
			Setup installed = setup(events, true);
			Setup replaced = setup(events, false);
			Setup expired = setup(events, false);
			Setup revoked = setup(events, false);
			opened(draft);
			opened(installed);
			draftToken = draft.token();
			assertThat(call("POST", SETUP_API + installed.token() + "/installation", null,
					replaced(DRAFT, "{\"role\"", "{\"customerAdminEmail\": \"it-" + unique + "@globex.example\","
							+ " \"customerOrg\": {\"name\": \"Globex SA\", \"country\": \"CH\", \"addressLine\":"
							+ " \"Bahnhofstrasse 1\", \"city\": \"Zürich\", \"postalCode\": \"8001\"}, \"role\""))
				.status()).isEqualTo(201);
			assertThat(call("POST", SETUP_API + replaced.token() + "/delegation", null,
					"{\"who\": \"COLLEAGUE\", \"delegateEmail\": \"colleague-" + unique + "@acme.example\"}")
				.status()).isEqualTo(202);
			this.jdbc.sql("update setup_link set expires_at = ? where order_id = ?")
				.params(Timestamp.from(NOW.minus(Duration.ofDays(1))), expired.orderId())
				.update();
			TestOrderEvent cancelled = TestOrderEvent.of("OrderCancelled", revoked.orderId());
			publish(cancelled);
			await().atMost(Duration.ofSeconds(30)).until(() -> processed(cancelled));
			created.value("draft", draft.token())
				.value("draftCut", draft.token().substring(1))
				.value("tampered", tampered(draft.token()))
				.value("draftContact", draft.contact())
				.value("installed", installed.token())
				.value("installedContact", installed.contact())
				.value("replaced", replaced.token())
				.value("expired", expired.token())
				.value("revoked", revoked.token())
				.value("forged", "A".repeat(43));
		}
		// The portal: partners A and B, A's subscriptions, a customer admin and
		// invitations.
		Partner partnerA = newPartner("Acme Networks " + unique);
		Partner partnerB = newPartner("Bluth Resellers " + unique);
		Caller partner = Caller.basic(partnerA.email(), PASSWORD);
		String subscription = created(partner, SUBSCRIPTION);
		String archived = created(partner, SUBSCRIPTION);
		assertThat(call("POST", PORTAL_API + "/subscriptions/" + archived + "/cancellation", partner, null).status())
			.isEqualTo(200);
		String invitedContact = "invited-" + unique + "@globex.example";
		created(partner, replaced(replaced(SUBSCRIPTION, "Globex SA", "Initech " + unique), "false}",
				"true, \"customerContact\": {\"name\": \"Grace\", \"email\": \"" + invitedContact + "\"}}"));
		String customerContact = "customer-" + unique + "@hooli.example";
		String customersSubscription = created(partner, replaced(replaced(SUBSCRIPTION, "Globex SA", "Hooli " + unique),
				"false}", "true, \"customerContact\": {\"name\": \"Gavin\", \"email\": \"" + customerContact + "\"}}"));
		String usedInvitation = invitationTokenFor(customerContact);
		this.invitations.accept(usedInvitation, PASSWORD, PASSWORD);
		String otherPartners = created(Caller.basic(partnerB.email(), PASSWORD), SUBSCRIPTION);
		String taken = "taken-" + unique;
		this.jdbc.sql("update org set subdomain = ? where id = ?").params(taken, partnerB.orgId()).update();
		String invitation = invitationTokenFor(invitedContact);
		String expiringContact = "expiring-" + unique + "@globex.example";
		created(partner, replaced(replaced(SUBSCRIPTION, "Globex SA", "Umbrella " + unique), "false}",
				"true, \"customerContact\": {\"name\": \"Alice\", \"email\": \"" + expiringContact + "\"}}"));
		String expiredInvitation = invitationTokenFor(expiringContact);
		this.jdbc.sql("update org_user_invitation set expires_at = ? where token_hash = ?")
			.params(Timestamp.from(NOW.minus(Duration.ofDays(1))), SecretTokens.hashOf(expiredInvitation).orElseThrow())
			.update();
		created.value("subscription", subscription)
			.value("archived", archived)
			.value("customersSubscription", customersSubscription)
			.value("otherPartners", otherPartners)
			.value("otherPartnerOrg", partnerB.orgId())
			.value("partnerAAdmin", partnerA.email())
			.value("partnerBAdmin", partnerB.email())
			.value("invitedContact", invitedContact)
			.value("takenSubdomain", taken)
			.value("invitation", invitation)
			.value("usedInvitation", usedInvitation)
			.value("expiredInvitation", expiredInvitation)
			.value("tamperedInvitation", tampered(invitation))
			.value("unknown", UUID.randomUUID())
			.value("wrongPassword", basic(partnerA.email(), "not the password"))
			.value("injectedUser", basic(SQL_INJECTION, PASSWORD))
			.caller("partner", partner)
			.caller("customer", Caller.basic(customerContact, PASSWORD))
			.caller("partnerPages", signIn(partnerA.email()))
			.caller("browser", browserOn("/setup/" + draftToken));
		created.settle();
		corpus = created;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("setupApi")
	void setupApiRefusesWithoutWriting(BadInput row) {
		corpus.check(row);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("setupPages")
	void setupPagesRefuseWithoutWriting(BadInput row) {
		corpus.check(row);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("portalApi")
	void portalApiRefusesWithoutWriting(BadInput row) {
		corpus.check(row);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("portalPages")
	void portalPagesRefuseWithoutWriting(BadInput row) {
		corpus.check(row);
	}

	/** An order of a partner and contact of its own, its setup due: its link. */
	private Setup setup(ProvisioningStream events, boolean alsoSigM365) {
		UUID orderId = UUID.randomUUID();
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String contact = "deploy-" + unique + "@acme.example";
		TestOrderEvent placed = TestOrderEvent.of("OrderPlaced", orderId)
			.replacing("P-1001", "P-" + unique)
			.replacing("deploy@acme.example", contact);
		if (alsoSigM365) {
			placed = placed.replacing("\"quantity\": 250",
					"\"quantity\": 250 }, { \"sku\": \"SIG-M365\", \"quantity\": 40");
		}
		SetupLinkIssued issued = issueLink(events, placed);
		return new Setup(orderId, issued.setupUrl().substring(LINK_PREFIX.length()), contact);
	}

	/** Opens the link once, as its holder did: the first open is what writes. */
	private void opened(Setup setup) {
		assertThat(call("GET", SETUP_API + setup.token(), null, null).status()).isEqualTo(200);
	}

	private Partner newPartner(String name) {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		Org org = this.orgs.save(Org.newPartner("P-" + unique,
				new OrgDetails(name, "FR", "1 rue de la Paix", "Paris", "75002"), Instant.now()));
		OrgUser admin = OrgUser.invite(org.getId(), "admin-" + unique + "@partner.example", OrgUserRole.PARTNER_ADMIN,
				Instant.now());
		admin.choosePassword(this.encoder.encode(PASSWORD));
		this.users.save(admin);
		return new Partner(org.getId(), admin.getEmail());
	}

	private String created(Caller partner, String body) {
		Answer answer = call("POST", PORTAL_API + "/subscriptions", partner, body);
		assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
		String location = answer.header("Location");
		return location.substring(location.lastIndexOf('/') + 1);
	}

	private String invitationTokenFor(String email) {
		List<OrgUserInvited> invited = this.jdbc
			.sql("select payload from outbox_event where event_type = 'OrgUserInvited' order by id")
			.query(String.class)
			.list()
			.stream()
			.map((json) -> EventJson.read(json).payloadAs(OrgUserInvited.class))
			.filter((event) -> event.email().equals(email))
			.toList();
		String url = invited.get(invited.size() - 1).acceptUrl();
		return url.substring(url.lastIndexOf('/') + 1);
	}

	private Answer call(String method, String path, Caller caller, String json) {
		BadInput request = BadInput.method(method, path).named("fixture");
		if (json != null) {
			request.json(json);
		}
		if (caller != null) {
			request.as("fixture");
		}
		BadInputCorpus sender = new BadInputCorpus(this.port, null);
		if (caller != null) {
			sender.caller("fixture", caller);
		}
		return sender.send(request);
	}

	/** Signs in through the portal's sign-in form; the session and its page's token. */
	private Caller signIn(String email) {
		CookieManager cookies = new CookieManager();
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String token = csrfOf(send(browser, HttpRequest.newBuilder(uri("/login")).GET()));
		HttpResponse<String> signedIn = send(browser,
				HttpRequest.newBuilder(uri("/login"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(
							"email=" + encode(email) + "&password=" + encode(PASSWORD) + "&_csrf=" + encode(token))));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		String pageToken = csrfOf(send(browser, HttpRequest.newBuilder(uri("/portal/admins")).GET()));
		return Caller.browser(cookieHeader(cookies), pageToken);
	}

	/** A browser without a session that opened a page: its CSRF cookie and token. */
	private Caller browserOn(String path) {
		CookieManager cookies = new CookieManager();
		HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
		String token = csrfOf(send(browser, HttpRequest.newBuilder(uri(path)).GET()));
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
		assertThat(matcher.find()).as("CSRF token on %s: %s", page.uri(), page.body()).isTrue();
		return matcher.group(1);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
		try {
			return client.send(request.header("Accept", "text/html").header("Accept-Language", "en").build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The token with its last character changed: well formed, matching nothing. */
	private static String tampered(String token) {
		char last = token.charAt(token.length() - 1);
		return token.substring(0, token.length() - 1) + ((last == 'A') ? 'B' : 'A');
	}

	private static String basic(String user, String password) {
		return java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
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

	/**
	 * @param orderId the order
	 * @param token its setup link's token
	 * @param contact its deployment contact
	 */
	private record Setup(UUID orderId, String token, String contact) {
	}

	/**
	 * @param orgId the partner's org
	 * @param email its admin, whose password is {@link #PASSWORD}
	 */
	private record Partner(UUID orgId, String email) {
	}

}
