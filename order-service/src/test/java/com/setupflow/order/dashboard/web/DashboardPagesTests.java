package com.setupflow.order.dashboard.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.setupflow.events.Topics;
import com.setupflow.events.notification.NotificationSent;
import com.setupflow.order.support.Browser;
import com.setupflow.order.support.Browser.Page;
import com.setupflow.order.support.EventPublisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What an account rep sees: the sign-in page, their stalled orders, one order with its
 * timeline; never another rep's order; in English or French.
 */
class DashboardPagesTests extends DashboardTest {

	@Test
	void showsASignInPageWithLabelledFieldsAndSecurityHeaders() {
		Page login = new Browser(this.port).open("/login");

		assertThat(login.status()).isEqualTo(200);
		assertThat(login.html()).contains("<label for=\"email\">Email</label>")
			.contains("<label for=\"password\">Password</label>")
			.contains("lang=\"en\"");
		assertThat(login.csrfToken()).isNotBlank();
		assertThat(login.header("X-Frame-Options")).isEqualTo("DENY");
		assertThat(login.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(login.header("Content-Security-Policy")).contains("default-src 'self'");
		assertThat(new Browser(this.port).get("/css/dashboard.css").status()).isEqualTo(200);
	}

	@Test
	void keepsTheDashboardOutOfTheApiDocument() {
		String document = this.api.send("GET", "/v3/api-docs", null, null, null).body();

		assertThat(document).contains("/api/v1/orders").doesNotContain("/dashboard").doesNotContain("/login");
	}

	@Test
	void sendsAnyoneNotSignedInToTheSignInPage() {
		Browser browser = new Browser(this.port);

		Page dashboard = browser.get("/dashboard");
		Page root = browser.open("/");

		assertThat(dashboard.status()).isEqualTo(302);
		assertThat(dashboard.header("Location")).endsWith("/login");
		assertThat(root.uri().getPath()).isEqualTo("/login");
	}

	@Test
	void refusesAWrongPasswordWithoutSayingWhichPartWasWrong() {
		String rep = newRep();
		Browser browser = new Browser(this.port);

		Page wrongPassword = browser.signIn(rep, "not the right password");
		Page unknownRep = browser.signIn("nobody@vendor.example", PASSWORD);

		assertThat(wrongPassword.uri().getPath()).isEqualTo("/login");
		assertThat(wrongPassword.text()).contains("Wrong email or password.");
		assertThat(unknownRep.text()).contains("Wrong email or password.");
		assertThat(browser.get("/dashboard").status()).isEqualTo(302);
	}

	@Test
	void listsTheRepsStalledOrdersWithWhatTheRepNeedsToAct() {
		String rep = newRep();
		// The commerce system may write the rep's address in any case.
		String id = placeFor(rep.toUpperCase(), "CCW-D-LIST-1", "Acme Networks");
		stall(id);
		EventPublisher.publish(Topics.NOTIFICATIONS, UUID.fromString(id), new NotificationSent(UUID.randomUUID(),
				"configure-now", "deploy@acme.example", UUID.randomUUID(), Instant.now(), 1));
		await().atMost(Duration.ofSeconds(20)).until(() -> timelineOf(id).contains("EMAIL_SENT"));
		this.clock.advance(Duration.ofDays(2));

		Page dashboard = signedIn(rep).open("/dashboard");

		String row = dashboard.element("tr", "order-" + id);
		assertThat(row).as(dashboard.html()).isNotNull();
		assertThat(Page.text(row)).contains("CCW-D-LIST-1", "Acme Networks", "Globex SA", TODAY.toString(),
				"deploy@acme.example", "Sent", "Email 'configure-now' sent to deploy@acme.example");
		// Two days after the stall, three after the start date in Paris.
		assertThat(row).contains("<td class=\"days-overdue\">3</td>").contains("<td class=\"link-opened\">No</td>");
		assertThat(row).contains("Resend setup email", "Change contact", "Add note")
			.contains("<label for=\"contact-" + id + "\">")
			.contains("<label for=\"note-" + id + "\">");
		assertThat(dashboard.text()).contains("One stalled order.");
	}

	@Test
	void neverShowsAnotherRepsOrderNorLetsTheRepActOnIt() {
		String rep = newRep();
		String otherRep = newRep();
		String mine = placeFor(rep, orderNumber(), "Mine Ltd");
		String theirs = placeFor(otherRep, orderNumber(), "Theirs Ltd");
		stall(mine, theirs);
		Browser browser = signedIn(rep);

		Page dashboard = browser.open("/dashboard");
		Page detail = browser.get("/dashboard/orders/" + theirs);
		Page resend = browser.submit("/dashboard/orders/" + theirs + "/resend-setup-email", Map.of());
		browser.open("/dashboard");
		Page contact = browser.submit("/dashboard/orders/" + theirs + "/deployment-contact",
				Map.of("email", "someone@else.example"));
		browser.open("/dashboard");
		Page note = browser.submit("/dashboard/orders/" + theirs + "/notes", Map.of("text", "mine now"));

		assertThat(dashboard.html()).contains("order-" + mine).doesNotContain(theirs).doesNotContain("Theirs Ltd");
		assertThat(detail.status()).isEqualTo(404);
		assertThat(detail.text()).contains("This page does not exist, or it is not yours to see.");
		assertThat(resend.status()).isEqualTo(404);
		assertThat(contact.status()).isEqualTo(404);
		assertThat(note.status()).isEqualTo(404);
		assertThat(eventsOf(theirs)).containsExactly("OrderPlaced", "SetupDue", "OrderStalled");
		assertThat(contactOf(theirs)).isEqualTo("deploy@acme.example");
		assertThat(timelineOf(theirs)).doesNotContain("mine now");
		assertThat(browser.get("/dashboard/orders/" + UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(browser.get("/dashboard/orders/not-an-id").status()).isEqualTo(404);
	}

	@Test
	void showsOneOrderWithItsTimeline() {
		String rep = newRep();
		String id = stalledOrderFor(rep, "Acme Networks");

		Page order = signedIn(rep).open("/dashboard/orders/" + id);

		assertThat(order.status()).isEqualTo(200);
		assertThat(order.text()).contains("Status Stalled", "Acme Networks", "Europe/Paris", "Timeline",
				"Received Order received from the commerce system",
				"Invited to set up Start date reached; setup invitation requested", "Stalled Setup not started");
	}

	@Test
	void escapesWhatPartnersAndCustomersWrote() {
		String rep = newRep();
		String id = stalledOrderFor(rep, "<script>alert(1)</script>");
		Browser browser = signedIn(rep);

		Page dashboard = browser.open("/dashboard");
		Page order = browser.open("/dashboard/orders/" + id);

		assertThat(dashboard.html()).doesNotContain("<script>alert(1)</script>")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		assertThat(order.html()).doesNotContain("<script>alert(1)</script>")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;");
	}

	@Test
	void speaksFrenchToAFrenchBrowserAndEnglishToOthers() {
		String rep = newRep();
		stalledOrderFor(rep, "Acme Networks");

		Page login = new Browser(this.port, "fr-FR,fr;q=0.9,en;q=0.5").open("/login");
		Page dashboard = signedIn(rep, "fr-CA").open("/dashboard");
		Page german = new Browser(this.port, "de-DE,de;q=0.9").open("/login");

		assertThat(login.html()).contains("lang=\"fr\"")
			.contains("<label for=\"email\">Adresse e-mail</label>")
			.contains("<label for=\"password\">Mot de passe</label>");
		assertThat(dashboard.text()).contains("Commandes bloquées", "Jours de retard", "Dernier e-mail",
				"Renvoyer l’e-mail de configuration", "Une commande bloquée.");
		assertThat(german.html()).contains("<label for=\"email\">Email</label>");
	}

}
