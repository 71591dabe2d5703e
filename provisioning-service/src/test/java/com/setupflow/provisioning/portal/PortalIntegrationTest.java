package com.setupflow.provisioning.portal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.setupflow.events.EventEnvelope;
import com.setupflow.events.EventJson;
import com.setupflow.events.org.OrgUserInvited;
import com.setupflow.provisioning.ProvisioningIntegrationTest;
import com.setupflow.provisioning.org.Org;
import com.setupflow.provisioning.org.OrgDetails;
import com.setupflow.provisioning.org.OrgUser;
import com.setupflow.provisioning.org.OrgUserRole;
import com.setupflow.provisioning.org.OrgUsers;
import com.setupflow.provisioning.org.Orgs;

/**
 * The portal over HTTP as partner and customer admins use it, on the shared service: each
 * test signs up partners of its own, so tests never see each other's data.
 */
abstract class PortalIntegrationTest extends ProvisioningIntegrationTest {

	static final String PASSWORD = "correct horse battery staple";

	@Autowired
	Orgs orgs;

	@Autowired
	OrgUsers users;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	com.setupflow.provisioning.invitation.Invitations invitations;

	/** A partner org with one admin who can sign in. */
	SignedIn newPartner(String name) {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		Org org = this.orgs.save(Org.newPartner("P-" + unique,
				new OrgDetails(name, "FR", "1 rue de la Paix", "Paris", "75002"), Instant.now()));
		OrgUser admin = OrgUser.invite(org.getId(), "admin-" + unique + "@partner.example", OrgUserRole.PARTNER_ADMIN,
				Instant.now());
		admin.choosePassword(this.encoder.encode(PASSWORD));
		this.users.save(admin);
		return new SignedIn(org.getId(), admin.getEmail(), PASSWORD, org.getPartnerId());
	}

	/** A subscription body as the API takes it, with the customer's editing allowed. */
	static Map<String, Object> subscription(String product, String company, Object users, String contactEmail) {
		return Map.of("product", product, "companyName", company, "users", users, "customerCanEdit", true,
				"customerContact", Map.of("name", "Grace Hopper", "email", contactEmail));
	}

	/** Adds a subscription by API and returns its id. */
	UUID create(SignedIn partner, Map<String, Object> body) {
		String location = as(partner, this.http.post().uri("/api/v1/portal/subscriptions"))
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst(HttpHeaders.LOCATION);
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	/**
	 * The request, sent as {@code user} (the specs change in place and return
	 * themselves).
	 */
	static <S extends RestTestClient.RequestHeadersSpec<?>> S as(SignedIn user, S request) {
		request.headers((headers) -> headers.setBasicAuth(user.email(), user.password()))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en");
		return request;
	}

	/** The invitation this service emitted for {@code email}, as the outbox holds it. */
	OrgUserInvited invitationFor(String email) {
		List<OrgUserInvited> invited = this.jdbc
			.sql("select payload from outbox_event where event_type = 'OrgUserInvited' order by id")
			.query(String.class)
			.list()
			.stream()
			.map(EventJson::read)
			.map((envelope) -> envelope.payloadAs(OrgUserInvited.class))
			.filter((event) -> event.email().equals(email))
			.toList();
		return invited.get(invited.size() - 1);
	}

	/** Accepts an invitation as its holder would and returns who can now sign in. */
	SignedIn accept(OrgUserInvited invited, UUID orgId) {
		String token = invited.acceptUrl().substring(invited.acceptUrl().lastIndexOf('/') + 1);
		this.invitations.accept(token, PASSWORD, PASSWORD);
		return new SignedIn(orgId, invited.email(), PASSWORD, null);
	}

	long rows(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	/** What a refused request must not have written: rows of every table it touches. */
	Map<String, Long> footprint() {
		return Map.of("org", rows("select count(*) from org"), "org_user", rows("select count(*) from org_user"),
				"subscription", rows("select count(*) from subscription"), "subscription_item",
				rows("select count(*) from subscription_item"), "invitation",
				rows("select count(*) from org_user_invitation"), "outbox", rows("select count(*) from outbox_event"));
	}

	/** The events of one type the service emitted about a subscription. */
	List<EventEnvelope> emitted(UUID subscriptionId, String type) {
		return this.jdbc.sql("select payload from outbox_event where message_key = ? and event_type = ? order by id")
			.params(subscriptionId.toString(), type)
			.query(String.class)
			.list()
			.stream()
			.map(EventJson::read)
			.toList();
	}

	/**
	 * Someone who can sign in.
	 *
	 * @param orgId their org
	 * @param email their username
	 * @param password their password
	 * @param partnerId the commerce system's partner id, for partners
	 */
	record SignedIn(UUID orgId, String email, String password, String partnerId) {
	}

}
