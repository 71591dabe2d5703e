package com.setupflow.provisioning.wizard.web.api;

import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

import com.setupflow.events.provisioning.SetupLinkIssued;
import com.setupflow.provisioning.ProvisioningIntegrationTest;
import com.setupflow.provisioning.ProvisioningStream;
import com.setupflow.provisioning.TestOrderEvent;
import com.setupflow.provisioning.org.OrgDetails;
import com.setupflow.provisioning.wizard.SetupDraft;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the setup API tests share: orders of their own and calls to the API.
 *
 * <p>
 * Every test shares one database, and orgs outlive orders: an address or a partner id
 * used by one test would belong to an org in the next. So each order gets a partner id
 * and a deployment contact of its own.
 */
abstract class SetupApiIntegrationTest extends ProvisioningIntegrationTest {

	static final String API = "/api/v1/setup/{token}";

	/**
	 * An order with a partner and a contact of its own, its setup due, and the link's
	 * token.
	 * @param events the provisioning topic, opened by the test
	 * @param alsoSigM365 whether the order also buys a product with connection options,
	 * so that every service-setup step applies
	 */
	SetupOrder placeOrder(ProvisioningStream events, boolean alsoSigM365) {
		return placeOrder(events, "P-" + shortId(), alsoSigM365);
	}

	/** An order of the partner {@code partnerId}, with a contact of its own. */
	SetupOrder placeOrder(ProvisioningStream events, String partnerId, boolean alsoSigM365) {
		UUID orderId = UUID.randomUUID();
		String contact = "deploy-" + shortId() + "@acme.example";
		TestOrderEvent placed = TestOrderEvent.of("OrderPlaced", orderId)
			.replacing("P-1001", partnerId)
			.replacing("deploy@acme.example", contact);
		if (alsoSigM365) {
			// Adds a second line to the fixture's items array.
			placed = placed.replacing("\"quantity\": 250",
					"\"quantity\": 250 }, { \"sku\": \"SIG-M365\", \"quantity\": 40");
		}
		SetupLinkIssued issued = issueLink(events, placed);
		return new SetupOrder(orderId, partnerId, contact, tokenOf(issued));
	}

	/** The provisioning topic from now on; the caller closes it. */
	ProvisioningStream provisioningTopic() {
		return new ProvisioningStream(this.jdbc);
	}

	static String tokenOf(SetupLinkIssued issued) {
		assertThat(issued.setupUrl()).startsWith(LINK_PREFIX);
		return issued.setupUrl().substring(LINK_PREFIX.length());
	}

	/** "I am a partner", "I will", a new partner org, a new customer org. */
	static SetupDraft newOrgsDraft(String customerAdminEmail) {
		return new SetupDraft(SetupDraft.PARTNER, SetupDraft.ME, null, null,
				new OrgDetails("Acme Networks", "FR", "1 rue de la Paix", "Paris", "75002"), customerAdminEmail, null,
				new OrgDetails("Globex SA", "CH", "Bahnhofstrasse 1", "Zürich", "8001"));
	}

	/** Installs the order with new orgs; returns the subscription's id. */
	UUID install(SetupOrder order, String customerAdminEmail) {
		return post(order.token(), "/installation", newOrgsDraft(customerAdminEmail)).expectStatus()
			.isCreated()
			.expectHeader()
			.value("Location", (location) -> assertThat(location).endsWith("/api/v1/setup/" + order.token()))
			.expectBody(InstallationResponse.class)
			.returnResult()
			.getResponseBody()
			.subscriptionId();
	}

	ResponseSpec get(String token, String path) {
		return this.http.get().uri(API + path, token).exchange();
	}

	ResponseSpec post(String token, String path, Object body) {
		return this.http.post().uri(API + path, token).contentType(MediaType.APPLICATION_JSON).body(body).exchange();
	}

	ResponseSpec post(String token, String path) {
		return this.http.post().uri(API + path, token).exchange();
	}

	ResponseSpec put(String token, String path, Object body) {
		return this.http.put().uri(API + path, token).contentType(MediaType.APPLICATION_JSON).body(body).exchange();
	}

	long rows(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	static String shortId() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * An order of a test, ready to set up.
	 *
	 * @param orderId its id
	 * @param partnerId the commerce system's partner id, used by no other test
	 * @param contactEmail its deployment contact, who receives the link
	 * @param token the setup link's token
	 */
	record SetupOrder(UUID orderId, String partnerId, String contactEmail, String token) {
	}

}
