package com.setupflow.provisioning.wizard;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import com.setupflow.events.EventJson;
import com.setupflow.events.org.OrgUserInvited;
import com.setupflow.provisioning.ProvisioningStream;
import com.setupflow.provisioning.invitation.Invitations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer's admin named in the wizard is invited to choose a password when the
 * partner installs the order, and then sees the customer's subscription.
 */
class CustomerAdminInvitationTests extends WizardIntegrationTest {

	@Autowired
	Invitations invitations;

	@Test
	void invitesTheCustomersAdminWhenThePartnerInstallsTheOrder() {
		try (ProvisioningStream events = new ProvisioningStream(this.jdbc)) {
			Setup setup = newSetup(events);
			String customerAdmin = uniqueEmail("customer-admin");

			UUID subscriptionId = this.installation.install(setup.token(), newPartnerNewCustomer(customerAdmin));

			List<OrgUserInvited> invitations = invitationsTo(customerAdmin);
			assertThat(invitations).singleElement().satisfies((invited) -> {
				assertThat(invited.role()).isEqualTo("CUSTOMER_ADMIN");
				assertThat(invited.orgName()).isEqualTo("Globex SA");
				assertThat(invited.locale()).isEqualTo("fr");
			});
			// The person setting up chooses a password in the wizard, not by invitation.
			assertThat(invitationsTo(setup.contact())).isEmpty();

			OrgUserInvited invited = invitations.get(0);
			this.invitations.accept(invited.acceptUrl().substring(invited.acceptUrl().lastIndexOf('/') + 1),
					"correct horse battery", "correct horse battery");
			String credentials = Base64.getEncoder()
				.encodeToString((customerAdmin + ":correct horse battery").getBytes(StandardCharsets.UTF_8));
			HttpResponse<String> response = get("/api/v1/portal/subscriptions", "Authorization",
					"Basic " + credentials);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains(subscriptionId.toString()).doesNotContain("billing");
		}
	}

	private List<OrgUserInvited> invitationsTo(String email) {
		return this.jdbc.sql("select payload from outbox_event where event_type = 'OrgUserInvited'")
			.query(String.class)
			.list()
			.stream()
			.map((payload) -> EventJson.read(payload).payloadAs(OrgUserInvited.class))
			.filter((invited) -> invited.email().equalsIgnoreCase(email))
			.toList();
	}

}
