package com.setupflow.notification.intake;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.setupflow.embedded.ReceivedMail;
import com.setupflow.notification.support.NotificationServiceTest;
import com.setupflow.notification.support.TestEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A setup handed over in the wizard reaches someone the order never named: their
 * "Configure now" says who sent it.
 */
class DelegatedSetupEmailTests extends NotificationServiceTest {

	private static final String SCRIPT = "<script>alert(1)</script>";

	private static final String ESCAPED_SCRIPT = "&lt;script&gt;alert(1)&lt;/script&gt;";

	@Test
	void tellsTheColleagueWhoAskedThemToSetUpTheOrder() {
		String colleague = uniqueAddress("colleague");
		TestEvent issued = linkIssued("DELEGATED_TO_COLLEAGUE", colleague, "deploy@acme.example");
		publish(issued);

		ReceivedMail email = awaitTheOnlyEmailTo(colleague);
		String askedBy = "deploy@acme.example vous a demandé de configurer la commande CCW-100234.";
		assertThat(email.subject()).isEqualTo("Configurez maintenant\u00a0: commande CCW-100234");
		assertThat(email.htmlBody()).contains(askedBy, ">Configurer maintenant</a>", "Globex SA")
			.doesNotContain("contact de déploiement");
		assertThat(email.textBody())
			.contains(askedBy, "/setup/",
					"Vous recevez cet e-mail car la configuration de la commande CCW-100234 vous a été confiée.")
			.doesNotContain("contact de déploiement");
		// Still the order's invitation: a cancellation withdraws it or tells its reader.
		assertThat(deliveryOf(issued)).containsEntry("template", "configure-now");
	}

	@Test
	void invitesTheCustomersAdminOnBehalfOfThePartner() {
		String admin = uniqueAddress("customer-admin");
		publish(linkIssued("DELEGATED_TO_CUSTOMER", admin, "deploy@acme.example"));

		ReceivedMail email = awaitTheOnlyEmailTo(admin);
		String invitation = "Acme Networks vous invite à configurer votre service Webex Suite (Flex).";
		assertThat(email.htmlBody()).contains(invitation).doesNotContain("contact de déploiement", "au client");
		assertThat(email.textBody()).contains(invitation, "Client\u00a0: Globex SA")
			.doesNotContain("contact de déploiement", "au client");
	}

	@Test
	void writesTheHandOverInEnglishToo() {
		String colleague = uniqueAddress("colleague-en");
		String admin = uniqueAddress("customer-admin-en");
		publish(inEnglish(linkIssued("DELEGATED_TO_COLLEAGUE", colleague, "deploy@acme.example")));
		publish(inEnglish(linkIssued("DELEGATED_TO_CUSTOMER", admin, "deploy@acme.example")));

		ReceivedMail toColleague = awaitTheOnlyEmailTo(colleague);
		assertThat(toColleague.subject()).isEqualTo("Configure now: order CCW-100234");
		assertThat(toColleague.htmlBody()).contains("deploy@acme.example asked you to set up order CCW-100234.");
		assertThat(toColleague.textBody()).contains("deploy@acme.example asked you to set up order CCW-100234.",
				"You receive this email because the setup of order CCW-100234 was handed over to you.");
		ReceivedMail toAdmin = awaitTheOnlyEmailTo(admin);
		String invitation = "Acme Networks invites you to set up your Webex Suite (Flex) service.";
		assertThat(toAdmin.htmlBody()).contains(invitation).doesNotContain("to the customer");
		assertThat(toAdmin.textBody()).contains(invitation).doesNotContain("to the customer");
	}

	@Test
	void keepsTheDeploymentContactsWordingForEveryOtherReason() {
		for (String reason : List.of("RESENT", "CONTACT_CHANGED")) {
			String contact = uniqueAddress(reason.toLowerCase());
			publish(TestEvent.of("SetupLinkIssued", UUID.randomUUID())
				.replacing("deploy@acme.example", contact)
				.replacing("\"reason\": \"SETUP_DUE\"", "\"reason\": \"" + reason + "\""));

			ReceivedMail email = awaitTheOnlyEmailTo(contact);
			assertThat(email.textBody()).contains(
					"Acme Networks a commandé les services ci-dessous et vous a désigné comme contact de déploiement.",
					"vous pouvez confier la configuration à un collègue ou au client");
		}
	}

	@Test
	void escapesWhoHandedTheSetupOverInHtmlAndWritesItAsIsInText() {
		String colleague = uniqueAddress("colleague-script");
		publish(linkIssued("DELEGATED_TO_COLLEAGUE", colleague, SCRIPT));

		ReceivedMail email = awaitTheOnlyEmailTo(colleague);
		assertThat(email.htmlBody()).contains(ESCAPED_SCRIPT + " vous a demandé").doesNotContain("<script");
		assertThat(email.textBody()).contains(SCRIPT + " vous a demandé de configurer la commande CCW-100234.");
	}

	@Test
	void escapesThePartnerAndCustomerNamesInHtmlAndWritesThemAsIsInText() {
		String admin = uniqueAddress("customer-admin-script");
		String customerScript = "<script>alert(2)</script>";
		publish(linkIssued("DELEGATED_TO_CUSTOMER", admin, SCRIPT).replacing("Acme Networks", SCRIPT)
			.replacing("Globex SA", customerScript));

		ReceivedMail email = awaitTheOnlyEmailTo(admin);
		assertThat(email.htmlBody())
			.contains(ESCAPED_SCRIPT + " vous invite à configurer", ">" + ESCAPED_SCRIPT + "<",
					">&lt;script&gt;alert(2)&lt;/script&gt;<")
			.doesNotContain("<script");
		assertThat(email.textBody()).contains(SCRIPT + " vous invite à configurer votre service Webex Suite (Flex).",
				"Partenaire\u00a0: " + SCRIPT, "Client\u00a0: " + customerScript);
	}

	/** The pinned fixture (French) as a link handed over to {@code recipient}. */
	private static TestEvent linkIssued(String reason, String recipient, String requestedBy) {
		return TestEvent.of("SetupLinkIssued", UUID.randomUUID())
			.replacing("deploy@acme.example", recipient)
			.replacing("\"reason\": \"SETUP_DUE\"", "\"reason\": \"" + reason + "\"")
			.replacing("\"requestedBy\": null", "\"requestedBy\": \"" + requestedBy + "\"");
	}

	private static TestEvent inEnglish(TestEvent event) {
		return event.replacing("\"locale\": \"fr\"", "\"locale\": \"en\"");
	}

	private static ReceivedMail awaitTheOnlyEmailTo(String address) {
		await().atMost(BOUND).until(() -> mailTo(address).size() == 1);
		return mailTo(address).get(0);
	}

}
