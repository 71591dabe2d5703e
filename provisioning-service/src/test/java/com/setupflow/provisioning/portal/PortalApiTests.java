package com.setupflow.provisioning.portal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import com.setupflow.events.EventEnvelope;
import com.setupflow.events.Topics;
import com.setupflow.events.org.OrgUserInvited;
import com.setupflow.events.subscription.CustomerSubscriptionCreated;
import com.setupflow.events.subscription.SubscriptionCancelled;
import com.setupflow.events.subscription.TrialStarted;
import com.setupflow.events.subscription.UsersAdded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A partner's day in the portal by API: add a customer subscription with its trial, the
 * customer's invitation, launch, users, SPF, cancellation and the archive; another admin.
 */
class PortalApiTests extends PortalIntegrationTest {

	private static final String M365_INCLUDE = "include:spf.m365.signatures.setupflow.example";

	@Test
	void addsATrialSubscriptionAndInvitesTheCustomerWhoThenSeesItWithoutBilling() {
		SignedIn partner = newPartner("Acme Networks");
		String contact = "it-" + UUID.randomUUID() + "@globex.example";

		UUID id = create(partner, subscription("SIG-M365", "Globex SA", 40, contact));

		as(partner, this.http.get().uri("/api/v1/portal/subscriptions")).exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(1)
			.jsonPath("$[0].id")
			.isEqualTo(id.toString())
			.jsonPath("$[0].customerName")
			.isEqualTo("Globex SA")
			.jsonPath("$[0].products[0].name")
			.isEqualTo("Signatures for Microsoft 365")
			.jsonPath("$[0].users")
			.isEqualTo(40)
			.jsonPath("$[0].status")
			.isEqualTo("TRIAL")
			.jsonPath("$[0].trialDaysLeft")
			.isEqualTo(14)
			.jsonPath("$[0].billing.billedPartnerId")
			.isEqualTo(partner.partnerId());
		assertThat(emitted(id, "CustomerSubscriptionCreated")).singleElement()
			.extracting((event) -> event.payloadAs(CustomerSubscriptionCreated.class))
			.satisfies((created) -> {
				assertThat(created.users()).isEqualTo(40);
				assertThat(created.customerCanEdit()).isTrue();
				assertThat(created.partnerId()).isEqualTo(partner.partnerId());
			});
		assertThat(emitted(id, "TrialStarted")).singleElement()
			.extracting((event) -> event.payloadAs(TrialStarted.class).endsAt())
			.isEqualTo(NOW.plus(Duration.ofDays(14)));

		OrgUserInvited invited = invitationFor(contact);
		assertThat(invited.role()).isEqualTo("CUSTOMER_ADMIN");
		assertThat(invited.name()).isEqualTo("Grace Hopper");
		assertThat(invited.invitedByOrgName()).isEqualTo("Acme Networks");
		assertThat(invited.acceptUrl()).startsWith(PUBLIC_BASE_URL + "invitations/");
		SignedIn notYet = new SignedIn(invited.orgId(), contact, PASSWORD, null);
		as(notYet, this.http.get().uri("/api/v1/portal/subscriptions")).exchange().expectStatus().isUnauthorized();

		SignedIn customer = accept(invited, invited.orgId());

		as(customer, this.http.get().uri("/api/v1/portal/subscriptions")).exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(1)
			.jsonPath("$[0].id")
			.isEqualTo(id.toString())
			.jsonPath("$[0].billing")
			.doesNotExist();
		as(customer, this.http.get().uri("/api/v1/portal/subscriptions/" + id)).exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.billing")
			.doesNotExist();
	}

	@Test
	void launchesAddsUsersSavesTheSpfRecordAndCancelsIntoTheArchive() {
		SignedIn partner = newPartner("Acme Networks");
		UUID id = create(partner,
				subscription("SIG-M365", "Initech", 40, "it-" + UUID.randomUUID() + "@initech.example"));
		String path = "/api/v1/portal/subscriptions/" + id;

		as(partner, this.http.put().uri(path + "/connection")).contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("connectionOptions", List.of("SERVER_SIDE", "CLIENT_SIDE")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.connections.length()")
			.isEqualTo(2)
			.jsonPath("$.launched")
			.isEqualTo(true);
		as(partner, this.http.post().uri(path + "/users")).contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("add", 5))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.users")
			.isEqualTo(45);
		String record = "v=spf1 include:_spf.google.com " + M365_INCLUDE + " -all";
		as(partner, this.http.put().uri(path + "/spf-record")).contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("record", record))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.spf.include")
			.isEqualTo(M365_INCLUDE)
			.jsonPath("$.spf.saved")
			.isEqualTo(record);

		as(partner, this.http.post().uri(path + "/cancellation")).exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("CANCELLED");
		as(partner, this.http.post().uri(path + "/cancellation")).exchange().expectStatus().isOk();

		as(partner, this.http.get().uri("/api/v1/portal/subscriptions")).exchange()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(0);
		as(partner, this.http.get().uri("/api/v1/portal/subscriptions/archived")).exchange()
			.expectBody()
			.jsonPath("$[0].id")
			.isEqualTo(id.toString())
			.jsonPath("$[0].users")
			.isEqualTo(45);
		as(partner, this.http.post().uri(path + "/users")).contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("add", 1))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.errors[0].rule")
			.isEqualTo("archived-read-only");
		assertThat(emitted(id, "UsersAdded")).singleElement()
			.extracting((event) -> event.payloadAs(UsersAdded.class).users())
			.isEqualTo(45);
		assertThat(emitted(id, "SubscriptionCancelled")).singleElement()
			.extracting((event) -> event.payloadAs(SubscriptionCancelled.class))
			.satisfies((cancelled) -> {
				assertThat(cancelled.billed()).isFalse();
				assertThat(cancelled.cancelledBy()).isEqualTo(partner.email());
			});
		// Never billed: the billing system hears nothing of it.
		assertThat(rows("select count(*) from outbox_event where topic = ? and message_key = ?", Topics.BILLING,
				id.toString()))
			.isZero();
	}

	@Test
	void aSecondSubscriptionForTheSameCustomerJoinsItsOrg() {
		SignedIn partner = newPartner("Acme Networks");
		UUID first = create(partner,
				subscription("SIG-M365", "Globex SA", 10, "a-" + UUID.randomUUID() + "@globex.example"));
		UUID second = create(partner,
				Map.of("product", "SIG-GWS", "companyName", "GLOBEX sa", "users", 3, "customerCanEdit", false));

		assertThat(rows("select count(distinct customer_org_id) from subscription where id in (?, ?)", first, second))
			.isEqualTo(1);
	}

	@Test
	void aPartnerAdminInvitesAnotherWhoSignsInOnceTheyChoseAPassword() {
		SignedIn partner = newPartner("Acme Networks");
		String colleague = "colleague-" + UUID.randomUUID() + "@acme.example";

		as(partner, this.http.post().uri("/api/v1/portal/admins")).contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", "Ada Lovelace", "email", colleague))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.signedUp")
			.isEqualTo(false);
		OrgUserInvited invited = invitationFor(colleague);
		assertThat(invited.role()).isEqualTo("PARTNER_ADMIN");
		assertThat(invited.orgId()).isEqualTo(partner.orgId());

		SignedIn second = accept(invited, partner.orgId());

		as(second, this.http.get().uri("/api/v1/portal/admins")).exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(2)
			.jsonPath("$[?(@.email == '" + colleague + "')].signedUp")
			.isEqualTo(List.of(true));
	}

	@Test
	void anInvitationWorksOnce() {
		SignedIn partner = newPartner("Acme Networks");
		String colleague = "once-" + UUID.randomUUID() + "@acme.example";
		as(partner, this.http.post().uri("/api/v1/portal/admins")).contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", "Ada Lovelace", "email", colleague))
			.exchange()
			.expectStatus()
			.isCreated();
		OrgUserInvited invited = invitationFor(colleague);
		accept(invited, partner.orgId());

		org.assertj.core.api.Assertions.assertThatThrownBy(() -> accept(invited, partner.orgId()))
			.isInstanceOf(com.setupflow.provisioning.invitation.InvitationNotUsable.class)
			.matches((ex) -> ((com.setupflow.provisioning.invitation.InvitationNotUsable) ex).isGone());
	}

	/** Events reach the topic, not only the outbox. */
	@Test
	void publishesTheSubscriptionsEventsOnTheProvisioningTopic() {
		try (com.setupflow.provisioning.ProvisioningStream stream = new com.setupflow.provisioning.ProvisioningStream(
				this.jdbc)) {
			SignedIn partner = newPartner("Acme Networks");
			UUID id = create(partner,
					Map.of("product", "SIG-GWS", "companyName", "Hooli", "users", 7, "customerCanEdit", false));

			await().atMost(Duration.ofSeconds(30)).until(() -> stream.settled(id).size() == 2);
			assertThat(stream.settled(id).stream().map(EventEnvelope::type))
				.containsExactly("CustomerSubscriptionCreated", "TrialStarted");
		}
	}

}
