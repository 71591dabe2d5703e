package com.setupflow.provisioning.wizard;

import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;

import com.setupflow.events.provisioning.SetupLinkIssued;
import com.setupflow.provisioning.ProvisioningIntegrationTest;
import com.setupflow.provisioning.ProvisioningStream;
import com.setupflow.provisioning.TestOrderEvent;
import com.setupflow.provisioning.org.OrgDetails;
import com.setupflow.provisioning.subscription.CallingSettings;
import com.setupflow.provisioning.subscription.MeetingSettings;

/**
 * What the wizard's tests share: an order of its own for each test (its own partner and
 * contact, since orgs and addresses outlive a test in the shared database), drafts, and
 * the wizard's services.
 */
public abstract class WizardIntegrationTest extends ProvisioningIntegrationTest {

	@Autowired
	protected SetupProgress progress;

	@Autowired
	protected Installation installation;

	@Autowired
	protected Delegation delegation;

	@Autowired
	protected PartnerDispute dispute;

	@Autowired
	protected PasswordChoice passwords;

	@Autowired
	protected ServiceSetup serviceSetup;

	@Autowired
	protected Deployment deployment;

	/** A placed order whose setup fell due, for a partner nobody has seen yet. */
	protected static Setup newSetup(ProvisioningStream events) {
		return setupFor(events, "P-" + UUID.randomUUID(), "deploy-" + UUID.randomUUID() + "@acme.example");
	}

	/** A placed order whose setup fell due, for a given partner and contact. */
	protected static Setup setupFor(ProvisioningStream events, String partnerId, String contact) {
		UUID orderId = UUID.randomUUID();
		SetupLinkIssued issued = issueLink(events,
				TestOrderEvent.of("OrderPlaced", orderId)
					.replacing("P-1001", partnerId)
					.replacing("deploy@acme.example", contact));
		return new Setup(orderId, tokenOf(issued), partnerId, contact);
	}

	protected static String tokenOf(SetupLinkIssued issued) {
		return issued.setupUrl().substring(LINK_PREFIX.length());
	}

	/** "I am a partner", "Yes, I will", a new partner org, a new customer org. */
	protected static SetupDraft newPartnerNewCustomer(String customerAdminEmail) {
		return new SetupDraft("PARTNER", "ME", null, null, org("Acme Networks"), customerAdminEmail, null,
				org("Globex SA"));
	}

	protected static OrgDetails org(String name) {
		return new OrgDetails(name, "FR", "1 rue de Rivoli", "Paris", "75001");
	}

	protected static String uniqueEmail(String who) {
		return who + "-" + UUID.randomUUID() + "@example.com";
	}

	/** Installs as a new partner with a new customer and saves every A-WX setting. */
	protected UUID installAndSetUp(Setup setup) {
		UUID subscriptionId = this.installation.install(setup.token(), newPartnerNewCustomer(uniqueEmail("admin")));
		saveEverySetting(setup.token(), "sub-" + UUID.randomUUID().toString().substring(0, 8));
		return subscriptionId;
	}

	protected void saveEverySetting(String token, String subdomain) {
		this.serviceSetup.saveCalling(token, new CallingSettings("Paris HQ", "+33142685300", true));
		this.serviceSetup.saveMeetings(token, new MeetingSettings("fr", false, true));
		this.serviceSetup.saveSubdomain(token, subdomain);
	}

	protected long rows(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	/**
	 * One test's order.
	 *
	 * @param orderId its id
	 * @param token its setup link's token
	 * @param partnerId the commerce system's partner id
	 * @param contact its deployment contact
	 */
	protected record Setup(UUID orderId, String token, String partnerId, String contact) {
	}

}
