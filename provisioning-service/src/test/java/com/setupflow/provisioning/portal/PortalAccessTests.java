package com.setupflow.provisioning.portal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import com.setupflow.provisioning.org.Org;
import com.setupflow.provisioning.org.OrgDetails;
import com.setupflow.provisioning.subscription.Subscription;
import com.setupflow.provisioning.subscription.SubscriptionItem;
import com.setupflow.provisioning.subscription.Subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who reaches what by API: a partner only its own customers' subscriptions, never a
 * customer org that set itself up; a customer admin only its own org's, and never
 * billing, users, cancellation or the partner's admins. Every refusal is a 404 and
 * changes nothing.
 */
class PortalAccessTests extends PortalIntegrationTest {

	/** Every action on one subscription, with a body each would accept. */
	private static final List<Action> ACTIONS = List.of(new Action(HttpMethod.GET, "", null),
			new Action(HttpMethod.PUT, "/connection", Map.of("connectionOptions", List.of("SERVER_SIDE"))),
			new Action(HttpMethod.PUT, "/spf-record",
					Map.of("record", "v=spf1 include:spf.m365.signatures.setupflow.example ~all")),
			new Action(HttpMethod.POST, "/users", Map.of("add", 1)), new Action(HttpMethod.POST, "/activation", null),
			new Action(HttpMethod.POST, "/cancellation", null));

	@Autowired
	Subscriptions subscriptions;

	@Test
	void aPartnerGets404ForEveryActionOnAnotherPartnersSubscription() {
		SignedIn partnerA = newPartner("Acme Networks");
		SignedIn partnerB = newPartner("Bluth Resellers");
		UUID id = create(partnerA,
				subscription("SIG-M365", "Globex SA", 40, "it-" + UUID.randomUUID() + "@globex.example"));
		Map<String, Long> before = footprint();

		for (Action action : ACTIONS) {
			assertThat(send(partnerB, id, action)).as(action.path()).isEqualTo(404);
		}

		assertThat(footprint()).isEqualTo(before);
		assertThat(this.subscriptions.findById(id).orElseThrow().getStatus().name()).isEqualTo("TRIAL");
		as(partnerB, this.http.get().uri("/api/v1/portal/subscriptions")).exchange()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(0);
	}

	@Test
	void aCustomerManagedOrgIsNotManageableByItsPartner() {
		SignedIn partner = newPartner("Acme Networks");
		// "The customer will set up": the org has no managing partner, though the partner
		// is billed for the order.
		Org customerOrg = this.orgs.save(
				Org.newCustomer(new OrgDetails("Initech", "FR", "2 rue Haute", "Lyon", "69001"), null, Instant.now()));
		Subscription own = this.subscriptions.save(Subscription.install(null, customerOrg.getId(), null,
				partner.partnerId(), List.of(new SubscriptionItem("SIG-M365", 10)), Instant.now()));
		Map<String, Long> before = footprint();

		for (Action action : ACTIONS) {
			assertThat(send(partner, own.getId(), action)).as(action.path()).isEqualTo(404);
		}

		assertThat(footprint()).isEqualTo(before);
	}

	@Test
	void aCustomerAdminSeesItsOwnSubscriptionWithoutBillingAndReachesNothingElse() {
		SignedIn partner = newPartner("Acme Networks");
		String contact = "it-" + UUID.randomUUID() + "@globex.example";
		UUID own = create(partner, subscription("SIG-M365", "Globex SA", 40, contact));
		UUID other = create(partner, subscription("SIG-GWS", "Hooli", 5, "it-" + UUID.randomUUID() + "@hooli.example"));
		SignedIn customer = accept(invitationFor(contact), null);
		Map<String, Long> before = footprint();

		for (Action action : ACTIONS) {
			assertThat(send(customer, other, action)).as("other customer's " + action.path()).isEqualTo(404);
		}
		for (String billingAction : List.of("/users", "/activation", "/cancellation")) {
			Action action = ACTIONS.stream().filter((a) -> a.path().equals(billingAction)).findFirst().orElseThrow();
			assertThat(send(customer, own, action)).as("own " + billingAction).isEqualTo(404);
		}
		as(customer, this.http.get().uri("/api/v1/portal/admins")).exchange().expectStatus().isNotFound();
		as(customer, this.http.post().uri("/api/v1/portal/admins")).contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", "Mallory", "email", "mallory-" + UUID.randomUUID() + "@globex.example"))
			.exchange()
			.expectStatus()
			.isNotFound();
		as(customer, this.http.post().uri("/api/v1/portal/subscriptions")).contentType(MediaType.APPLICATION_JSON)
			.body(subscription("SIG-GWS", "Globex SA", 5, "x-" + UUID.randomUUID() + "@globex.example"))
			.exchange()
			.expectStatus()
			.isNotFound();
		assertThat(footprint()).isEqualTo(before);

		as(customer, this.http.get().uri("/api/v1/portal/subscriptions/" + own)).exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.billing")
			.doesNotExist();
		// A customer may launch and keep its SPF record: its own service, not billing.
		assertThat(send(customer, own, ACTIONS.get(1))).isEqualTo(200);
		assertThat(send(customer, own, ACTIONS.get(2))).isEqualTo(200);
	}

	@Test
	void nobodySignedOutReachesThePortalApi() {
		this.http.get().uri("/api/v1/portal/subscriptions").exchange().expectStatus().isUnauthorized();
		this.http.get()
			.uri("/api/v1/portal/subscriptions")
			.headers((headers) -> headers.setBasicAuth("nobody@example.com", "wrong password here"))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	private int send(SignedIn user, UUID id, Action action) {
		var request = as(user,
				this.http.method(action.method()).uri("/api/v1/portal/subscriptions/" + id + action.path()));
		if (action.body() != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(action.body());
		}
		return request.exchange().returnResult(String.class).getStatus().value();
	}

	private record Action(HttpMethod method, String path, Object body) {
	}

}
