package com.setupflow.order.dashboard.web;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.setupflow.order.support.Browser;
import com.setupflow.order.support.Browser.Page;
import com.setupflow.order.support.WizardReports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the setup wizard's reports change for a rep: orders whose partner organisation was
 * not recognised get their own section with the usual actions; an installed order's
 * contact can no longer change, an active order's setup email no longer goes out.
 */
class DashboardWizardTests extends DashboardTest {

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	@Test
	void listsOrdersWhosePartnerOrgWasNotRecognisedInTheirOwnSection() {
		String rep = newRep();
		String id = disputedOrderFor(rep, "Acme Networks");

		Browser browser = signedIn(rep);
		Page dashboard = browser.open("/dashboard");
		Page order = browser.open("/dashboard/orders/" + id);

		String row = dashboard.element("tr", "disputed-" + id);
		assertThat(row).as(dashboard.html()).isNotNull();
		assertThat(dashboard.html()).contains("<h2 id=\"disputed-heading\">Partner organisation not recognised</h2>");
		assertThat(dashboard.text()).contains("One order.", "No stalled orders.");
		assertThat(Page.text(row)).contains("Acme Networks", "Globex SA", "deploy@acme.example",
				"Partner organisation 'Acme Networks' not recognised by deploy@acme.example");
		assertThat(row).contains("Resend setup email", "Change contact", "Add note");
		assertThat(dashboard.element("tr", "order-" + id)).isNull();
		assertThat(order.text()).contains("Status Setup started",
				"Partner organisation not recognised Partner organisation 'Acme Networks' not recognised by"
						+ " deploy@acme.example; setup stopped");
	}

	@Test
	void takesADisputedOrderOffTheListOnceAFreshSetupEmailGoesOut() {
		String rep = newRep();
		String id = disputedOrderFor(rep, "Acme Networks");
		Browser browser = signedIn(rep);
		browser.open("/dashboard");

		Page after = browser.submit("/dashboard/orders/" + id + "/resend-setup-email", Map.of("back", "list"));

		assertThat(after.uri().getPath()).isEqualTo("/dashboard");
		assertThat(after.text()).contains("goes to deploy@acme.example again, with a new link.")
			.doesNotContain("Partner organisation not recognised");
		assertThat(after.element("tr", "disputed-" + id)).isNull();
		assertThat(timelineOf(id)).contains("PARTNER_ORG_DISPUTED", "RESEND_REQUESTED");
	}

	@Test
	void refusesToChangeTheContactOfAnOrderInstalledWhileThePageWasOpen() {
		String rep = newRep();
		String id = stalledOrderFor(rep, "Acme Networks");
		Browser browser = signedIn(rep);
		browser.open("/dashboard/orders/" + id);
		WizardReports.installed(id, NOW.plusSeconds(60));
		await().atMost(PATIENCE).until(() -> statusOf(id).equals("INSTALLED"));

		Page page = browser.submit("/dashboard/orders/" + id + "/deployment-contact",
				Map.of("email", "colleague@acme.example", "back", "order"));

		assertThat(page.uri().getPath()).isEqualTo("/dashboard/orders/" + id);
		assertThat(page.html()).contains("role=\"alert\"");
		assertThat(page.text()).contains(
				"was not changed: it is installed, so its deployment contact can no longer change.", "Status Installed",
				"Installed: the deployment contact can no longer change.", "Installed Order installed by");
		// The page no longer offers the change; the setup email may still be resent.
		assertThat(page.html()).doesNotContain("action-contact").contains("Resend setup email");
		assertThat(contactOf(id)).isEqualTo("deploy@acme.example");
		assertThat(eventsOf(id)).containsExactly("OrderPlaced", "SetupDue", "OrderStalled");
		// Installed orders are no longer stalled: off the list.
		assertThat(browser.open("/dashboard").element("tr", "order-" + id)).isNull();
	}

	@Test
	void refusesToResendTheSetupEmailOfAnOrderActiveWhileThePageWasOpen() {
		String rep = newRep();
		String id = stalledOrderFor(rep, "Acme Networks");
		Browser browser = signedIn(rep);
		browser.open("/dashboard/orders/" + id);
		WizardReports.installed(id, NOW.plusSeconds(60));
		WizardReports.deployed(id, NOW.plusSeconds(120));
		await().atMost(PATIENCE).until(() -> statusOf(id).equals("ACTIVE"));

		Page page = browser.submit("/dashboard/orders/" + id + "/resend-setup-email", Map.of("back", "order"));

		assertThat(page.text()).contains("is active: its services are deployed, so there is no setup email to resend.",
				"Status Active", "Services deployed Services deployed (A-WX)");
		assertThat(page.html()).doesNotContain("action-resend").doesNotContain("action-contact");
		assertThat(eventsOf(id)).doesNotContain("SetupResendRequested");
	}

	@Test
	void speaksFrenchAboutDisputedAndInstalledOrders() {
		String rep = newRep();
		String disputed = disputedOrderFor(rep, "Acme Networks");
		String installed = stalledOrderFor(rep, "Globex Partners");
		Browser browser = signedIn(rep, "fr-FR,fr;q=0.9");
		browser.open("/dashboard/orders/" + installed);
		WizardReports.installed(installed, NOW.plusSeconds(60));
		await().atMost(PATIENCE).until(() -> statusOf(installed).equals("INSTALLED"));

		Page refused = browser.submit("/dashboard/orders/" + installed + "/deployment-contact",
				Map.of("email", "colleague@acme.example", "back", "order"));
		Page dashboard = browser.open("/dashboard");

		assertThat(refused.text()).contains(
				"n’a pas été modifiée : elle est installée, son contact de déploiement ne peut donc plus changer.",
				"Statut Installée", "Installée : le contact de déploiement ne peut plus changer.");
		assertThat(dashboard.text()).contains("Organisation partenaire non reconnue", "Une commande.", "Signalement");
		assertThat(dashboard.element("tr", "disputed-" + disputed)).isNotNull();
	}

	/**
	 * An order of the rep's, invited; its contact opened the link and did not recognise
	 * the partner organisation.
	 */
	private String disputedOrderFor(String rep, String partnerName) {
		String id = placeFor(rep, orderNumber(), partnerName);
		awaitStatus("INVITED", id);
		WizardReports.linkOpened(id, NOW.plusSeconds(60));
		WizardReports.partnerOrgDisputed(id, partnerName, NOW.plusSeconds(120));
		await().atMost(PATIENCE).until(() -> timelineOf(id).contains("PARTNER_ORG_DISPUTED"));
		return id;
	}

}
