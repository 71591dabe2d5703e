package com.setupflow.provisioning.portal;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import com.setupflow.events.org.OrgUserInvited;
import com.setupflow.provisioning.org.Org;
import com.setupflow.provisioning.org.OrgDetails;
import com.setupflow.provisioning.subscription.Subscription;
import com.setupflow.provisioning.subscription.SubscriptionItem;
import com.setupflow.provisioning.subscription.Subscriptions;

import static com.setupflow.provisioning.portal.PortalBrowser.location;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's pages over HTTP as partner and customer admins use them without
 * JavaScript: sign in through the login form, forms with their CSRF token, a message on
 * every field that breaks a rule, and 404 for whatever the reader may not reach.
 */
class PortalPagesTests extends PortalIntegrationTest {

	@Autowired
	Subscriptions subscriptions;

	private static final String M365_INCLUDE = "include:spf.m365.signatures.setupflow.example";

	@Test
	void aPartnerAdminCreatesASubscriptionThroughTheFormAndFindsItInTheList() {
		SignedIn partner = newPartner("Acme Networks");
		PortalBrowser browser = signIn(partner);
		String contact = unique("grace") + "@globex.example";

		HttpResponse<String> empty = browser.get("/portal");
		assertThat(empty.body()).contains("<h1>Subscriptions</h1>", "No subscriptions yet.",
				"New customer subscription", "Archived subscriptions", "Partner admins", "Sign out");
		HttpResponse<String> form = browser.get("/portal/subscriptions/new");
		assertThat(form.body()).contains("Signatures for Microsoft 365", "Signatures for Google Workspace",
				"<label for=\"companyName\">Customer company name</label>",
				"<label for=\"users\">Number of users</label>", "Allow the customer to edit signatures?",
				"<label for=\"contactEmail\">Customer contact email</label>", "type=\"number\"");

		HttpResponse<String> created = browser.post("/portal/subscriptions", "product", "SIG-M365", "companyName",
				"Globex SA", "users", "40", "customerCanEdit", "true", "contactName", "Grace Hopper", "contactEmail",
				contact);

		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(location(created)).contains("/portal/subscriptions/").endsWith("?notice=created");
		String path = location(created).substring(location(created).indexOf("/portal/subscriptions/"))
			.replace("?notice=created", "");
		UUID id = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
		HttpResponse<String> details = browser.get(path + "?notice=created");
		assertThat(details.body()).contains("The subscription was created and its free trial has started.",
				"Subscription for Globex SA", id.toString(), "Signatures for Microsoft 365", "40",
				"Trial · 14 days left", "December 15, 2026", M365_INCLUDE, "Billing", partner.partnerId(),
				"Activate and start billing", "Add users", "Cancel subscription");
		HttpResponse<String> list = browser.get("/portal");
		assertThat(list.body()).contains("Globex SA", "Signatures for Microsoft 365", "Trial · 14 days left",
				"href=\"/portal/subscriptions/" + id + "/launch\"", "href=\"/portal/subscriptions/" + id + "\"",
				">Launch<", ">Manage<");
		assertThat(invitationFor(contact).orgName()).isEqualTo("Globex SA");
	}

	@Test
	void theNewSubscriptionFormShowsEachBrokenRuleOnItsFieldAndSavesNothing() {
		SignedIn partner = newPartner("Acme Networks");
		PortalBrowser browser = signIn(partner);
		browser.get("/portal/subscriptions/new");
		Map<String, Long> before = footprint();

		assertRejected(browser, newSubscription("Globex SA", "0", "it@globex.example"), "users", "Enter at least 1.");
		assertRejected(browser, newSubscription("Globex SA", "-3", "it@globex.example"), "users", "Enter at least 1.");
		assertRejected(browser, newSubscription("Globex SA", "50001", "it@globex.example"), "users",
				"Enter at most 50,000.");
		assertRejected(browser, newSubscription("Globex SA", "forty", "it@globex.example"), "users",
				"Enter a whole number, such as 25.");
		assertRejected(browser, newSubscription("Globex SA", "40", "not-an-address"), "contactEmail",
				"Enter an email address such as name@company.com.");
		assertRejected(browser, newSubscription("   ", "40", "it@globex.example"), "companyName", "Fill this in.");
		HttpResponse<String> noProduct = browser.post("/portal/subscriptions", "companyName", "Globex SA", "users",
				"40");
		assertThat(noProduct.body()).contains("id=\"product-error\"", "Choose one of the options.");

		HttpResponse<String> typedKept = browser.post("/portal/subscriptions",
				newSubscription("Globex SA", "forty", "it@globex.example"));
		assertThat(typedKept.body()).contains("value=\"Globex SA\"", "value=\"forty\"", "value=\"it@globex.example\"",
				"value=\"Grace Hopper\"");
		assertThat(typedKept.body()).containsPattern("id=\"product-SIG-M365\"[^>]*checked");
		assertThat(footprint()).isEqualTo(before);
	}

	@Test
	void launchSavesTheChosenConnectionsAndRefusesNoneOrOneTheProductDoesNotOffer() {
		SignedIn partner = newPartner("Acme Networks");
		PortalBrowser browser = signIn(partner);
		UUID m365 = create(partner, subscription("SIG-M365", "Initech", 40, unique("it") + "@initech.example"));
		UUID gws = create(partner,
				Map.of("product", "SIG-GWS", "companyName", "Hooli", "users", 7, "customerCanEdit", false));
		String path = "/portal/subscriptions/" + m365;

		HttpResponse<String> launch = browser.get(path + "/launch");
		assertThat(launch.statusCode()).isEqualTo(200);
		assertThat(launch.body()).contains("Server-side (added by the mail server)",
				"Client-side (added in the mail app)", "Exchange on-premises", "for=\"connection-SERVER_SIDE\"");
		Map<String, Long> before = footprint();
		HttpResponse<String> none = browser.post(path + "/connection");
		assertThat(none.statusCode()).isEqualTo(200);
		assertThat(none.body()).contains("id=\"connectionOptions-error\"", "Choose at least one option.",
				"aria-describedby=\"connectionOptions-error\"");
		HttpResponse<String> notOffered = browser.post("/portal/subscriptions/" + gws + "/connection",
				"connectionOptions", "SERVER_SIDE", "connectionOptions", "EXCHANGE_ON_PREMISES");
		assertThat(notOffered.body()).contains("Exchange on-premises is not available for this product.");
		assertThat(browser.get("/portal/subscriptions/" + gws + "/launch").body())
			.doesNotContain("EXCHANGE_ON_PREMISES");
		HttpResponse<String> forged = browser.post(path + "/connection", "connectionOptions", "CARRIER_PIGEON");
		assertThat(forged.body()).contains("Choose one of the options.");
		assertThat(footprint()).isEqualTo(before);
		assertThat(connectionsOf(m365)).isEmpty();
		assertThat(connectionsOf(gws)).isEmpty();

		HttpResponse<String> saved = browser.post(path + "/connection", "connectionOptions", "SERVER_SIDE",
				"connectionOptions", "CLIENT_SIDE");

		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(location(saved)).endsWith(path + "/home?notice=connected");
		assertThat(location(browser.get(path + "/launch"))).endsWith(path + "/home");
		HttpResponse<String> home = browser.get(path + "/home");
		assertThat(home.body())
			.contains("Signatures for Microsoft 365 for Initech", "Server-side (added by the mail server)",
					"Client-side (added in the mail app)", "The customer may edit signatures.", "Change the connection",
					"href=\"" + path + "\"")
			.doesNotContain("Exchange on-premises");
		assertThat(connectionsOf(m365)).isEqualTo("SERVER_SIDE,CLIENT_SIDE");
	}

	@Test
	void savesACheckedSpfRecordAddsUsersAndActivatesAndRefusesBrokenInput() {
		SignedIn partner = newPartner("Acme Networks");
		PortalBrowser browser = signIn(partner);
		UUID id = create(partner, subscription("SIG-M365", "Initech", 40, unique("it") + "@initech.example"));
		String path = "/portal/subscriptions/" + id;
		browser.get(path);
		Map<String, Long> before = footprint();

		HttpResponse<String> malformed = browser.post(path + "/spf-record", "record", "v=spf1 include: ~all");
		assertThat(malformed.statusCode()).isEqualTo(200);
		assertThat(malformed.body()).contains("id=\"record-error\"", "aria-invalid=\"true\"",
				"is not a valid SPF mechanism or modifier.", "value=\"v=spf1 include: ~all\"");
		assertThat(browser.post(path + "/spf-record", "record", "v=spf1 include:_spf.google.com ~all").body())
			.contains("Add " + M365_INCLUDE + " to the record");
		HttpResponse<String> zero = browser.post(path + "/users", "add", "0");
		assertThat(zero.body()).contains("id=\"add-error\"", "Enter at least 1.");
		assertThat(browser.post(path + "/users", "add", "49961").body()).contains("Enter at most 49,960.");
		assertThat(footprint()).isEqualTo(before);
		assertThat(this.jdbc.sql("select coalesce(spf_record, '') from subscription where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEmpty();

		String record = "v=spf1 include:_spf.google.com " + M365_INCLUDE + " -all";
		HttpResponse<String> spf = browser.post(path + "/spf-record", "record", record);
		assertThat(location(spf)).endsWith(path + "?notice=spfSaved");
		HttpResponse<String> users = browser.post(path + "/users", "add", "5");
		assertThat(location(users)).endsWith(path + "?notice=usersAdded");
		HttpResponse<String> activated = browser.post(path + "/activation");
		assertThat(location(activated)).endsWith(path + "?notice=activated");

		HttpResponse<String> details = browser.get(path + "?notice=activated");
		assertThat(details.body())
			.contains("The subscription is active and billing has started.", record, "45", ">Active<",
					"December 1, 2026")
			.doesNotContain("Activate and start billing");
		assertThat(browser.post(path + "/activation").statusCode()).isEqualTo(302);
	}

	@Test
	void cancelsAfterTheConfirmationIntoTheReadOnlyArchive() {
		SignedIn partner = newPartner("Acme Networks");
		PortalBrowser browser = signIn(partner);
		UUID id = create(partner,
				Map.of("product", "SIG-GWS", "companyName", "Hooli", "users", 7, "customerCanEdit", false));
		String path = "/portal/subscriptions/" + id;

		HttpResponse<String> confirm = browser.get(path + "/cancel");
		assertThat(confirm.body()).contains("Cancel the subscription for Hooli (Signatures for Google Workspace)?",
				"Yes, cancel the subscription", "action=\"" + path + "/cancellation\"");
		HttpResponse<String> cancelled = browser.post(path + "/cancellation");

		assertThat(location(cancelled)).endsWith("/portal/archived?notice=cancelled");
		assertThat(browser.get("/portal").body()).doesNotContain("Hooli");
		HttpResponse<String> archive = browser.get("/portal/archived?notice=cancelled");
		assertThat(archive.body())
			.contains("The subscription was cancelled.", "<h1>Archived subscriptions</h1>", "Hooli", "Cancelled",
					"href=\"" + path + "\"")
			.doesNotContain(path + "/launch");
		HttpResponse<String> readOnly = browser.get(path);
		assertThat(readOnly.body()).contains("This subscription is archived", "Cancelled", "December 1, 2026")
			.doesNotContain("spf-record", "/users\"", "/activation", "/cancel\"", "/launch");
		assertThat(readOnly.body().split("<form").length - 1).as("only the sign-out form").isEqualTo(1);
		HttpResponse<String> refused = browser.post(path + "/users", "add", "1");
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body()).contains("This subscription is archived: it can be read but no longer changed.",
				"href=\"" + path + "\"");
		assertThat(location(browser.get(path + "/cancel"))).endsWith(path);
	}

	@Test
	void invitesAnotherPartnerAdminButNotAnAddressOfAnotherOrg() {
		SignedIn partner = newPartner("Acme Networks");
		SignedIn otherPartner = newPartner("Umbrella Resellers");
		PortalBrowser browser = signIn(partner);
		HttpResponse<String> admins = browser.get("/portal/admins");
		assertThat(admins.body()).contains(partner.email(), "Active", "<label for=\"name\">Name</label>",
				"<label for=\"email\">Email address</label>");
		Map<String, Long> before = footprint();

		HttpResponse<String> taken = browser.post("/portal/admins", "name", "Mallory", "email", otherPartner.email());
		assertThat(taken.statusCode()).isEqualTo(200);
		assertThat(taken.body()).contains("id=\"email-error\"", otherPartner.email() + " already belongs to another",
				"value=\"Mallory\"");
		assertThat(browser.post("/portal/admins", "name", "", "email", "ada@").body()).contains("id=\"name-error\"",
				"id=\"email-error\"", "Fill this in.", "Enter an email address");
		assertThat(footprint()).isEqualTo(before);

		String colleague = unique("ada") + "@acme.example";
		HttpResponse<String> invited = browser.post("/portal/admins", "name", "Ada Lovelace", "email", colleague);
		assertThat(location(invited)).endsWith("/portal/admins?notice=adminInvited");
		assertThat(browser.get("/portal/admins?notice=adminInvited").body()).contains("We emailed an invitation",
				colleague, "Ada Lovelace", "Invited");
		assertThat(invitationFor(colleague).role()).isEqualTo("PARTNER_ADMIN");
	}

	@Test
	void refusesAFormPostedWithoutItsCsrfTokenAndChangesNothing() {
		SignedIn partner = newPartner("Acme Networks");
		PortalBrowser browser = signIn(partner);
		UUID id = create(partner,
				Map.of("product", "SIG-GWS", "companyName", "Hooli", "users", 7, "customerCanEdit", false));
		Map<String, Long> before = footprint();

		assertThat(browser
			.postWithoutToken("/portal/subscriptions",
					newSubscription("Globex SA", "40", unique("x") + "@globex.example"))
			.statusCode()).isEqualTo(403);
		assertThat(browser.postWithoutToken("/portal/subscriptions/" + id + "/cancellation").statusCode())
			.isEqualTo(403);
		assertThat(browser.postWithoutToken("/portal/admins", "name", "Eve", "email", unique("eve") + "@acme.example")
			.statusCode()).isEqualTo(403);

		assertThat(footprint()).isEqualTo(before);
		assertThat(this.jdbc.sql("select status from subscription where id = ?").param(id).query(String.class).single())
			.isEqualTo("TRIAL");
	}

	@Test
	void anotherPartnerFindsNothingOfTheSubscriptionOnAnyPageOrAction() {
		SignedIn partnerA = newPartner("Acme Networks");
		UUID id = create(partnerA, subscription("SIG-M365", "Initech", 40, unique("it") + "@initech.example"));
		PortalBrowser partnerB = signIn(newPartner("Umbrella Resellers"));
		String path = "/portal/subscriptions/" + id;
		Map<String, Long> before = footprint();
		Map<String, Object> state = stateOf(id);

		for (String page : List.of(path, path + "/launch", path + "/home", path + "/connection", path + "/cancel")) {
			HttpResponse<String> answer = partnerB.get(page);
			assertThat(answer.statusCode()).as(page).isEqualTo(404);
			assertThat(answer.body()).as(page).contains("Page not found").doesNotContain("Initech", id.toString());
		}
		assertThat(partnerB.post(path + "/connection", "connectionOptions", "SERVER_SIDE").statusCode()).isEqualTo(404);
		assertThat(partnerB.post(path + "/spf-record", "record", "v=spf1 " + M365_INCLUDE + " ~all").statusCode())
			.isEqualTo(404);
		assertThat(partnerB.post(path + "/users", "add", "5").statusCode()).isEqualTo(404);
		assertThat(partnerB.post(path + "/activation").statusCode()).isEqualTo(404);
		assertThat(partnerB.post(path + "/cancellation").statusCode()).isEqualTo(404);
		assertThat(partnerB.get("/portal/subscriptions/not-a-uuid").statusCode()).isEqualTo(404);
		assertThat(partnerB.get("/portal").body()).doesNotContain("Initech");

		assertThat(footprint()).isEqualTo(before);
		assertThat(stateOf(id)).isEqualTo(state);
	}

	@Test
	void theInvitedCustomerChoosesAPasswordSignsInAndSeesItsSubscriptionWithoutThePartnersActions() {
		SignedIn partner = newPartner("Acme Networks");
		String contact = unique("grace") + "@globex.example";
		UUID id = create(partner, subscription("SIG-M365", "Globex SA", 40, contact));
		OrgUserInvited invited = invitationFor(contact);
		String invitation = "/invitations/" + invited.acceptUrl().substring(invited.acceptUrl().lastIndexOf('/') + 1);
		PortalBrowser customer = new PortalBrowser(this.port);

		HttpResponse<String> page = customer.get(invitation);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Create your password", "Globex SA", contact,
				"<label for=\"password\">Password</label>", "<label for=\"passwordConfirmation\">");
		HttpResponse<String> tooShort = customer.post(invitation, "password", "short", "passwordConfirmation", "short");
		assertThat(tooShort.body()).contains("id=\"password-error\"", "Use at least 12 characters.")
			.doesNotContain("value=\"short\"");
		HttpResponse<String> accepted = customer.post(invitation, "password", PASSWORD, "passwordConfirmation",
				PASSWORD);
		assertThat(location(accepted)).endsWith("/login?invited");
		assertThat(customer.get("/login?invited").body()).contains("Your password is set; sign in.");
		HttpResponse<String> used = customer.get(invitation);
		assertThat(used.statusCode()).isEqualTo(410);
		assertThat(used.body()).doesNotContain("Globex", contact);

		customer.signIn(contact, PASSWORD);
		String path = "/portal/subscriptions/" + id;
		HttpResponse<String> list = customer.get("/portal");
		assertThat(list.body()).contains("Globex SA", "Trial · 14 days left", path + "/launch", "Details")
			.doesNotContain("Billing", "New customer subscription", "Partner admins", "/portal/admins");
		HttpResponse<String> details = customer.get(path);
		assertThat(details.statusCode()).isEqualTo(200);
		assertThat(details.body()).contains("Subscription for Globex SA", M365_INCLUDE)
			.doesNotContain("Billing", partner.partnerId(), "Activate and start billing", "Add users",
					"Cancel subscription", path + "/users", path + "/cancel");
		for (String forbidden : List.of("/portal/admins", "/portal/subscriptions/new", path + "/cancel")) {
			assertThat(customer.get(forbidden).statusCode()).as(forbidden).isEqualTo(404);
		}
		Map<String, Long> before = footprint();
		assertThat(customer.post(path + "/users", "add", "5").statusCode()).isEqualTo(404);
		assertThat(customer.post(path + "/activation").statusCode()).isEqualTo(404);
		assertThat(customer.post(path + "/cancellation").statusCode()).isEqualTo(404);
		assertThat(
				customer.post("/portal/admins", "name", "Eve", "email", unique("eve") + "@globex.example").statusCode())
			.isEqualTo(404);
		assertThat(customer.post("/portal/subscriptions", newSubscription("Globex SA", "4", unique("x") + "@x.example"))
			.statusCode()).isEqualTo(404);
		assertThat(footprint()).isEqualTo(before);
		assertThat(location(customer.post(path + "/connection", "connectionOptions", "CLIENT_SIDE")))
			.endsWith(path + "/home?notice=connected");
	}

	@Test
	void anInvitationLinkThatOpensNothingNamesNoOrg() {
		HttpResponse<String> unknown = new PortalBrowser(this.port).get("/invitations/not-a-real-token");

		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("This invitation link is not valid");
	}

	@Test
	void showsMarkupTypedAsACompanyNameAsText() {
		SignedIn partner = newPartner("Acme Networks");
		PortalBrowser browser = signIn(partner);
		browser.get("/portal/subscriptions/new");
		String script = "<script>alert(1)</script>";

		HttpResponse<String> created = browser.post("/portal/subscriptions", "product", "SIG-GWS", "companyName",
				script, "users", "3");

		assertThat(created.statusCode()).isEqualTo(302);
		HttpResponse<String> list = browser.get("/portal");
		assertThat(list.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(script);
		HttpResponse<String> rejected = browser.post("/portal/subscriptions", "product", "SIG-GWS", "companyName",
				script, "users", "0");
		assertThat(rejected.body()).contains("&lt;script&gt;").doesNotContain(script);
		assertThat(list.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).contains("script-src 'none'"));
	}

	@Test
	void speaksFrenchToAFrenchBrowser() {
		SignedIn partner = newPartner("Acme Networks");
		create(partner, Map.of("product", "SIG-GWS", "companyName", "Hooli", "users", 7, "customerCanEdit", false));
		PortalBrowser browser = new PortalBrowser(this.port, "fr").signIn(partner.email(), partner.password());

		HttpResponse<String> list = browser.get("/portal");
		assertThat(list.body()).contains("lang=\"fr\"", "<h1>Abonnements</h1>", "Nouvel abonnement client",
				"Essai · 14 jours restants", "Lancer", "Gérer", "Se déconnecter");
		browser.get("/portal/subscriptions/new");
		HttpResponse<String> rejected = browser.post("/portal/subscriptions", "product", "SIG-GWS", "companyName",
				"Hooli", "users", "0");
		assertThat(rejected.body()).contains("Nombre d&#39;utilisateurs", "Saisissez au moins 1.",
				"Autoriser le client à modifier les signatures ?");
	}

	@Test
	void anOrderStillInSetupShowsWhyItCannotBeChangedYetAndOffersNoForm() {
		SignedIn partner = newPartner("Acme Networks");
		Org customer = this.orgs.save(Org.newCustomer(new OrgDetails("Initech", "FR", "2 rue Haute", "Lyon", "69001"),
				partner.orgId(), Instant.now()));
		Subscription pending = this.subscriptions.save(Subscription.install(null, customer.getId(), partner.orgId(),
				partner.partnerId(), List.of(new SubscriptionItem("SIG-M365", 10)), Instant.now()));

		HttpResponse<String> page = signIn(partner).get("/portal/subscriptions/" + pending.getId());

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("finish the setup first").doesNotContain("<form method=\"post\"");
	}

	private PortalBrowser signIn(SignedIn user) {
		return new PortalBrowser(this.port).signIn(user.email(), user.password());
	}

	private static String[] newSubscription(String company, String users, String contactEmail) {
		return new String[] { "product", "SIG-M365", "companyName", company, "users", users, "customerCanEdit", "true",
				"contactName", "Grace Hopper", "contactEmail", contactEmail };
	}

	private static void assertRejected(PortalBrowser browser, String[] form, String field, String message) {
		HttpResponse<String> page = browser.post("/portal/subscriptions", form);
		assertThat(page.statusCode()).as("%s: %s", field, message).isEqualTo(200);
		assertThat(page.body()).as("%s: %s", field, message)
			.contains("id=\"" + field + "-error\"", message, "aria-describedby=\"" + field + "-error\"",
					"aria-invalid=\"true\"", "Please fix the following:");
	}

	private String connectionsOf(UUID id) {
		return this.jdbc.sql("select coalesce(connection_options, '') from subscription where id = ?")
			.param(id)
			.query(String.class)
			.single();
	}

	private Map<String, Object> stateOf(UUID id) {
		return this.jdbc
			.sql("select s.status, s.connection_options, s.spf_record, s.ended_at,"
					+ " (select sum(quantity) from subscription_item i where i.subscription_id = s.id) as users"
					+ " from subscription s where s.id = ?")
			.param(id)
			.query()
			.singleRow();
	}

	private static String unique(String who) {
		return who + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
