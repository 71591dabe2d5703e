package com.setupflow.order.dashboard.web;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.setupflow.order.support.Browser;
import com.setupflow.order.support.Browser.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a rep does from the dashboard: each action answers with a redirect and a message,
 * is recorded with the rep as author, and a refused one changes nothing.
 */
class DashboardActionsTests extends DashboardTest {

	@Test
	void resendsTheSetupEmailAndSaysSo() {
		String rep = newRep();
		String id = stalledOrderFor(rep, "Acme Networks");
		Browser browser = signedIn(rep);
		browser.open("/dashboard");

		Page answer = browser.post("/dashboard/orders/" + id + "/resend-setup-email",
				Map.of("_csrf", browser.open("/dashboard").csrfToken(), "back", "list"));
		Page after = browser.open(answer.header("Location"));

		assertThat(answer.status()).isEqualTo(303);
		assertThat(answer.header("Location")).endsWith("/dashboard");
		assertThat(after.text()).contains("goes to deploy@acme.example again, with a new link.");
		assertThat(eventsOf(id)).containsExactly("OrderPlaced", "SetupDue", "OrderStalled", "SetupResendRequested");
		assertThat(timelineOf(id)).contains("Setup email resend requested by " + rep);
		// Post/Redirect/Get: the message shows once, reloading repeats nothing.
		assertThat(browser.open("/dashboard").text()).doesNotContain("with a new link");
	}

	@Test
	void refusesAnInvalidContactNextToTheFieldAndChangesNothing() {
		String rep = newRep();
		String id = stalledOrderFor(rep, "Acme Networks");
		Browser browser = signedIn(rep);
		browser.open("/dashboard");

		Page page = browser.submit("/dashboard/orders/" + id + "/deployment-contact",
				Map.of("email", "not-an-address", "back", "list"));

		String row = page.element("tr", "order-" + id);
		assertThat(page.uri().getPath()).isEqualTo("/dashboard");
		assertThat(page.text()).contains("was not changed: see the form below.");
		assertThat(row).contains("<details class=\"action-contact\" open=\"open\">")
			.contains("value=\"not-an-address\"")
			.contains("aria-invalid=\"true\"")
			.contains("Enter an email address like name@example.com.");
		assertThat(contactOf(id)).isEqualTo("deploy@acme.example");
		assertThat(eventsOf(id)).doesNotContain("DeploymentContactChanged");
	}

	@Test
	void changesTheContactAndReturnsToTheOrdersPage() {
		String rep = newRep();
		String id = stalledOrderFor(rep, "Acme Networks");
		Browser browser = signedIn(rep);
		browser.open("/dashboard/orders/" + id);

		Page page = browser.submit("/dashboard/orders/" + id + "/deployment-contact",
				Map.of("email", "colleague@acme.example", "back", "order"));

		assertThat(page.uri().getPath()).isEqualTo("/dashboard/orders/" + id);
		assertThat(page.text()).contains("the deployment contact is now colleague@acme.example.",
				"Contact changed Contact changed to colleague@acme.example");
		assertThat(contactOf(id)).isEqualTo("colleague@acme.example");
		assertThat(eventsOf(id)).endsWith("DeploymentContactChanged");
	}

	@Test
	void addsANoteSignedByTheRepToTheTimeline() {
		String rep = newRep();
		String id = stalledOrderFor(rep, "Acme Networks");
		Browser browser = signedIn(rep);
		browser.open("/dashboard/orders/" + id);

		Page page = browser.submit("/dashboard/orders/" + id + "/notes",
				Map.of("text", "Called the partner, setup on Monday", "back", "order"));
		Page blank = browser.submit("/dashboard/orders/" + id + "/notes", Map.of("text", "   ", "back", "order"));

		assertThat(page.text()).contains("Note added to order",
				"Note " + rep + ": Called the partner, setup on Monday");
		assertThat(blank.text()).contains("Write the note before adding it.");
		assertThat(timelineOf(id)).contains(rep + ": Called the partner, setup on Monday");
		assertThat(timelineOf(id).split("\"NOTE\"", -1)).hasSize(2);
	}

	@Test
	void refusesAChangeOnACancelledOrderAtTheTopOfThePage() {
		String rep = newRep();
		String id = stalledOrderFor(rep, "Acme Networks");
		Browser browser = signedIn(rep);
		browser.open("/dashboard/orders/" + id);
		// The commerce system cancels while the rep has the page open.
		this.api.post("/api/v1/orders/" + id + "/cancel", "{\"reason\": \"customer left\"}");

		Page resend = browser.submit("/dashboard/orders/" + id + "/resend-setup-email", Map.of("back", "order"));

		assertThat(resend.uri().getPath()).isEqualTo("/dashboard/orders/" + id);
		assertThat(resend.html()).contains("role=\"alert\"");
		assertThat(resend.text()).contains("was not changed: its status is “Cancelled”.");
		// Once cancelled, the page no longer offers what would be refused.
		assertThat(resend.html()).doesNotContain("Resend setup email").doesNotContain("Change contact");
		assertThat(eventsOf(id)).containsExactly("OrderPlaced", "SetupDue", "OrderStalled", "OrderCancelled");
	}

	@Test
	void refusesAFormPostedWithoutItsCsrfToken() {
		String rep = newRep();
		String id = stalledOrderFor(rep, "Acme Networks");
		Browser browser = signedIn(rep);

		Page note = browser.post("/dashboard/orders/" + id + "/notes", Map.of("text", "forged"));
		Page resend = browser.post("/dashboard/orders/" + id + "/resend-setup-email", Map.of());
		Page forgedToken = browser.post("/dashboard/orders/" + id + "/resend-setup-email",
				Map.of("_csrf", "forged-token"));
		Page login = new Browser(this.port).post("/login", Map.of("email", rep, "password", PASSWORD));

		assertThat(note.status()).isEqualTo(403);
		assertThat(resend.status()).isEqualTo(403);
		assertThat(forgedToken.status()).isEqualTo(403);
		assertThat(login.status()).isEqualTo(403);
		assertThat(timelineOf(id)).doesNotContain("forged");
		assertThat(eventsOf(id)).doesNotContain("SetupResendRequested");
	}

	@Test
	void signsOutWithAFormSoALinkCannotDoItForTheRep() {
		String rep = newRep();
		Browser browser = signedIn(rep);

		Page out = browser.submit("/logout", Map.of());

		assertThat(out.uri().getPath()).isEqualTo("/login");
		assertThat(out.text()).contains("You are signed out.");
		assertThat(browser.get("/dashboard").status()).isEqualTo(302);
	}

}
