package com.setupflow.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A partner's day in the portal, in a real browser against the whole system (the local
 * stack's jar), and its customer's first sign-in.
 *
 * <p>
 * The partner admin exists the quickest robust way: an order for a new partner, its
 * "Configure now" link from the mailbox, and the setup API installing it and setting the
 * contact's password (the wizard's pages have their own browser test). Then, in Chromium,
 * finding everything by its visible label: the partner signs in and adds a Signatures for
 * Microsoft 365 subscription that the customer may edit; the customer's contact follows
 * the emailed invitation, chooses a password, signs in, sees its subscription without any
 * billing, and signs out; the partner signs in again, launches it with two connection
 * options, adds users, saves an SPF record, cancels it after the confirmation and finds
 * it among the archived subscriptions.
 */
class PortalBrowserTest {

	private static final Path WORK = StackRun.REPOSITORY.resolve("system-tests/target/portal-browser-e2e");

	private static final ZoneId ORDER_ZONE = ZoneId.of("Europe/Paris");

	/** A bound, not an expectation: emails arrive in well under a second. */
	private static final Duration EMAIL_ARRIVES = Duration.ofSeconds(30);

	private static final Pattern SETUP_LINK = Pattern.compile("https?://[^\\s<>\"']+/setup/([A-Za-z0-9_\\-]+)");

	private static final Pattern INVITATION_LINK = Pattern
		.compile("https?://[^\\s<>\"']+/invitations/[A-Za-z0-9_\\-]+");

	private static final String M365_INCLUDE = "include:spf.m365.signatures.setupflow.example";

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private static final JsonMapper json = JsonMapper.builder().build();

	@RegisterExtension
	static final BrowserStack system = new BrowserStack(WORK);

	private Page page;

	@Test
	@Timeout(value = 3, unit = TimeUnit.MINUTES)
	void aPartnerAddsASubscriptionItsCustomerSignsInAndThePartnerLaunchesManagesAndCancelsIt() throws Exception {
		String run = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
		String partnerAdmin = "deploy-" + run + "@partner-" + run + ".example";
		String partnerPassword = "purple otter lantern " + run;
		String partnerName = "Acme Networks " + run;
		String customer = "Initech " + run;
		String contact = "grace-" + run + "@initech-" + run + ".example";
		String customerPassword = "amber heron meadow " + run;
		aPartnerAdminWithAPassword(run, partnerName, partnerAdmin, partnerPassword);

		openTheBrowser();
		signIn(partnerAdmin, partnerPassword);
		assertThat(heading()).hasText("Subscriptions");
		addASubscriptionTheCustomerMayEdit(customer, 25, "Grace Hopper", contact);
		assertThat(this.page.getByRole(AriaRole.STATUS))
			.hasText("The subscription was created and its free trial has started.");
		assertThat(heading()).hasText("Subscription for " + customer);
		signOut();

		String invitation = invitationLinkFromTheEmail(contact, partnerName, customer);
		this.page.navigate(invitation);
		assertThat(heading()).hasText("Create your password");
		assertThat(main()).containsText(customer);
		assertThat(main()).containsText(contact);
		field("Password").fill(customerPassword);
		field("Type the password again").fill(customerPassword);
		button("Save password").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("Your password is set; sign in.");
		signIn(contact, customerPassword);
		assertThat(heading()).hasText("Subscriptions");
		assertThat(rowOf(customer)).containsText("Trial");
		assertThat(link("New customer subscription")).hasCount(0);
		assertThat(link("Partner admins")).hasCount(0);
		assertThat(main()).not().containsText("Billing");
		rowOf(customer).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Details")).click();
		assertThat(heading()).hasText("Subscription for " + customer);
		assertThat(main()).containsText(M365_INCLUDE);
		assertThat(main()).not().containsText("Billing");
		assertThat(link("Cancel subscription")).hasCount(0);
		assertThat(button("Add users")).hasCount(0);
		signOut();

		signIn(partnerAdmin, partnerPassword);
		rowOf(customer).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Launch")).click();
		assertThat(heading()).hasText("Launch for " + customer);
		field("Server-side (added by the mail server)").check();
		field("Client-side (added in the mail app)").check();
		button("Save and launch").click();
		assertThat(heading()).hasText("Signatures for Microsoft 365 for " + customer);
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("The connection was saved.");
		assertThat(main()).containsText("Server-side (added by the mail server)");
		assertThat(main()).containsText("Client-side (added in the mail app)");
		assertThat(main()).containsText("The customer may edit signatures.");

		link("Subscription details").click();
		assertThat(heading()).hasText("Subscription for " + customer);
		field("Users to add").fill("5");
		button("Add users").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("The users were added.");
		assertThat(main()).containsText("30");
		String record = "v=spf1 include:_spf.google.com " + M365_INCLUDE + " -all";
		field("The customer's updated SPF record").fill(record);
		button("Check and save the record").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("The SPF record was checked and saved.");
		assertThat(main()).containsText(record);
		assertThat(main()).containsText("Billing");

		link("Cancel subscription").click();
		assertThat(heading()).hasText("Cancel the subscription");
		assertThat(main()).containsText("Cancel the subscription for " + customer);
		button("Yes, cancel the subscription").click();
		assertThat(this.page).hasURL(system.ports().provisioningUrl() + "/portal/archived?notice=cancelled");
		assertThat(heading()).hasText("Archived subscriptions");
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("The subscription was cancelled.");
		assertThat(rowOf(customer)).containsText("Cancelled");
		link("Subscriptions").click();
		assertThat(main()).not().containsText(customer);
	}

	// What the commerce system, the setup API and the mail server do

	/**
	 * An order for a new partner, installed through the setup API with the deployment
	 * contact's password: the contact is the new partner org's admin.
	 */
	private static void aPartnerAdminWithAPassword(String run, String partnerName, String contact, String password)
			throws IOException, InterruptedException {
		ObjectNode order = (ObjectNode) json.readTree(system.printed().body());
		order.put("orderNumber", "E2E-PORTAL-" + run);
		order.putObject("partner").put("id", "P-PORTAL-" + run).put("name", partnerName);
		order.putObject("customer").put("name", "Globex " + run);
		order.put("requestedStartDate", LocalDate.now(ORDER_ZONE).toString());
		order.put("timeZone", ORDER_ZONE.getId());
		order.put("deploymentContactEmail", contact);
		order.put("locale", "en");
		HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(system.printed().url()))
			.header("Authorization", "Bearer " + system.printed().apiKey())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(order))));
		Assertions.assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

		Matcher link = SETUP_LINK.matcher(awaitMailTo(contact).path("textBody").asString());
		Assertions.assertThat(link.find()).as("a setup link in the Configure now email").isTrue();
		String setup = system.ports().provisioningUrl() + "/api/v1/setup/" + link.group(1);
		ObjectNode draft = json.createObjectNode().put("role", "PARTNER").put("who", "ME");
		draft.set("partnerOrg", org(partnerName, "DE", "1 Main Street", "Berlin", "10115"));
		draft.put("customerAdminEmail", "admin-" + run + "@globex-" + run + ".example");
		draft.set("customerOrg", org("Globex " + run, "FR", "2 rue de Rivoli", "Paris", "75001"));
		HttpResponse<String> installed = send(json(setup + "/installation", "POST", draft));
		Assertions.assertThat(installed.statusCode()).as(installed.body()).isEqualTo(201);
		HttpResponse<String> chosen = send(json(setup + "/password", "PUT",
				json.createObjectNode().put("password", password).put("passwordConfirmation", password)));
		Assertions.assertThat(chosen.statusCode()).as(chosen.body()).isBetween(200, 204);
	}

	private static ObjectNode org(String name, String country, String addressLine, String city, String postalCode) {
		return json.createObjectNode()
			.put("name", name)
			.put("country", country)
			.put("addressLine", addressLine)
			.put("city", city)
			.put("postalCode", postalCode);
	}

	private static HttpRequest.Builder json(String url, String method, JsonNode body) {
		return HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
	}

	/**
	 * The invitation the customer's contact got, as the local stack's mailbox shows it.
	 */
	private static String invitationLinkFromTheEmail(String contact, String partnerName, String customer)
			throws Exception {
		JsonNode email = awaitMailTo(contact);
		Assertions.assertThat(email.path("subject").asString())
			.isEqualTo(partnerName + " invited you to manage " + customer + " on setupflow");
		Matcher link = INVITATION_LINK.matcher(email.path("textBody").asString());
		Assertions.assertThat(link.find()).as("an invitation link in %s", email.path("textBody").asString()).isTrue();
		Assertions.assertThat(link.group()).startsWith(system.ports().provisioningUrl() + "/invitations/");
		return link.group();
	}

	private static JsonNode awaitMailTo(String address) {
		return await("an email to " + address).atMost(EMAIL_ARRIVES)
			.pollInterval(Duration.ofMillis(250))
			.until(() -> mailTo(address), (found) -> found != null);
	}

	private static JsonNode mailTo(String address) throws IOException, InterruptedException {
		HttpResponse<String> messages = send(
				HttpRequest.newBuilder(URI.create(system.ports().mailboxUrl() + "/api/messages")));
		Assertions.assertThat(messages.statusCode()).isEqualTo(200);
		return StreamSupport.stream(json.readTree(messages.body()).spliterator(), false)
			.filter((message) -> StreamSupport.stream(message.path("to").spliterator(), false)
				.anyMatch((to) -> to.asString().equalsIgnoreCase(address)))
			.findFirst()
			.orElse(null);
	}

	// What the person in front of the browser does

	private void openTheBrowser() {
		this.page = system.openPage("en-US");
	}

	private void signIn(String email, String password) {
		this.page.navigate(system.ports().provisioningUrl() + "/login");
		field("Email").fill(email);
		field("Password").fill(password);
		button("Sign in").click();
		assertThat(this.page).hasURL(system.ports().provisioningUrl() + "/portal");
	}

	private void signOut() {
		button("Sign out").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("You are signed out.");
	}

	private void addASubscriptionTheCustomerMayEdit(String customer, int users, String contactName,
			String contactEmail) {
		link("New customer subscription").click();
		assertThat(heading()).hasText("New customer subscription");
		field("Signatures for Microsoft 365").check();
		field("Customer company name").fill(customer);
		field("Number of users").fill(Integer.toString(users));
		field("Allow the customer to edit signatures?").check();
		field("Customer contact name").fill(contactName);
		field("Customer contact email").fill(contactEmail);
		button("Create subscription").click();
	}

	private Locator rowOf(String customer) {
		return this.page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(customer));
	}

	private Locator heading() {
		return this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
	}

	private Locator main() {
		return this.page.getByRole(AriaRole.MAIN);
	}

	private Locator field(String label) {
		return this.page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
	}

	private Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private Locator link(String name) {
		return this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
	}

}
