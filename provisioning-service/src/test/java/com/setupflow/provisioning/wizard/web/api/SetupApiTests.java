package com.setupflow.provisioning.wizard.web.api;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import com.setupflow.catalogue.ConnectionOption;
import com.setupflow.events.EventEnvelope;
import com.setupflow.events.EventJson;
import com.setupflow.events.Topics;
import com.setupflow.events.billing.BillingStarted;
import com.setupflow.events.provisioning.CustomerOrgCreated;
import com.setupflow.events.provisioning.OrderInstalled;
import com.setupflow.events.provisioning.PartnerOrgCreated;
import com.setupflow.events.provisioning.ServicesDeployed;
import com.setupflow.events.provisioning.SetupDelegated;
import com.setupflow.events.provisioning.SetupLinkIssued;
import com.setupflow.provisioning.ProvisioningStream;
import com.setupflow.provisioning.org.OrgDetails;
import com.setupflow.provisioning.subscription.CallingSettings;
import com.setupflow.provisioning.subscription.MeetingSettings;
import com.setupflow.provisioning.wizard.SetupDraft;
import com.setupflow.testsupport.KafkaTestConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The setup API as a client other than a browser runs it: the whole setup of a new
 * partner org and a new customer org down to "Deploy and start billing", then, nested,
 * the refusals, the links and the subdomain checks. Nested rather than separate classes
 * so that one name serves both the build's {@code *Tests} convention and a
 * {@code -Dtest=SetupApiTests*} run.
 */
class SetupApiTests extends SetupApiIntegrationTest {

	private static final Duration BOUND = Duration.ofSeconds(30);

	@Test
	void setsUpANewPartnerAndANewCustomerFromDraftToBilling() {
		try (ProvisioningStream events = provisioningTopic();
				KafkaTestConsumer billing = KafkaTestConsumer.fromEnd(Topics.BILLING)) {
			SetupOrder order = placeOrder(events, true);
			String admin = "admin-" + shortId() + "@globex.example";
			String subdomain = "globex-" + shortId();

			showsTheDraft(order);
			checksEachDraftStep(order, admin);
			UUID subscriptionId = install(order, admin);
			announcesTheInstallation(events, order, subscriptionId, admin);
			choosesThePassword(order);
			refusesToDeployBeforeEveryStepIsSaved(order);
			savesEveryServiceSetting(order, subdomain);

			post(order.token(), "/deployment").expectStatus()
				.isOk()
				.expectBody()
				.json("{\"deployed\": true, \"billingPeriodStart\": \"2026-12-01\"}");
			post(order.token(), "/deployment").expectStatus()
				.isOk()
				.expectBody()
				.json("{\"deployed\": false, \"billingPeriodStart\": \"2026-12-01\"}");

			get(order.token(), "").expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.stage")
				.isEqualTo("DEPLOYED")
				.jsonPath("$.readyToDeploy")
				.isEqualTo(false)
				.jsonPath("$.billingPeriodStart")
				.isEqualTo("2026-12-01");
			assertThat(events.settled(order.orderId(), "ServicesDeployed")).singleElement()
				.extracting((event) -> event.payloadAs(ServicesDeployed.class))
				.satisfies((deployed) -> {
					assertThat(deployed.subscriptionId()).isEqualTo(subscriptionId);
					assertThat(deployed.skus()).containsExactly("A-WX", "SIG-M365");
				});
			startsBillingOnce(billing, subscriptionId, order);
			// Deployed is final: the settings no longer change.
			put(order.token(), "/settings/meetings", new MeetingSettings("fr", false, false)).expectStatus()
				.isEqualTo(409);
		}
	}

	@Test
	void documentsTheSetupApiInTheOpenApiDocument() {
		this.http.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.paths['/api/v1/setup/{token}'].get")
			.exists()
			.jsonPath("$.paths['/api/v1/setup/{token}/installation'].post")
			.exists()
			.jsonPath("$.paths['/api/v1/setup/{token}/subdomains/{subdomain}'].get.parameters[*].name")
			.isEqualTo(List.of("token", "subdomain"))
			.jsonPath("$.paths['/api/v1/setup/{token}/deployment'].post")
			.exists();
	}

	private void showsTheDraft(SetupOrder order) {
		get(order.token(), "").expectStatus()
			.isOk()
			.expectHeader()
			.value("Cache-Control", (value) -> assertThat(value).contains("no-store"))
			.expectBody()
			.jsonPath("$.orderNumber")
			.isEqualTo("CCW-100234")
			.jsonPath("$.stage")
			.isEqualTo("DRAFT")
			.jsonPath("$.setupBy")
			.isEqualTo("PARTNER")
			.jsonPath("$.customerName")
			.isEqualTo("Globex SA")
			.jsonPath("$.products")
			.isEqualTo(List.of(Map.of("sku", "A-WX", "name", "Webex Suite (Flex)", "quantity", 250),
					Map.of("sku", "SIG-M365", "name", "Signatures for Microsoft 365", "quantity", 40)))
			.jsonPath("$.partnerOrg")
			.isEmpty()
			.jsonPath("$.draftSteps")
			.isEqualTo(List.of("role", "who", "partner-org", "customer-admin", "customer-org", "confirm"))
			.jsonPath("$.subscriptionId")
			.isEmpty()
			.jsonPath("$.readyToDeploy")
			.isEqualTo(false);
	}

	private void checksEachDraftStep(SetupOrder order, String admin) {
		SetupDraft draft = newOrgsDraft(admin);
		Map<String, String> next = Map.of("role", "who", "who", "partner-org", "partner-org", "customer-admin",
				"customer-admin", "customer-org", "customer-org", "confirm");
		next.forEach((step, expected) -> post(order.token(), "/checks/" + step, draft).expectStatus()
			.isOk()
			.expectBody()
			.json("{\"valid\": true, \"nextStep\": \"" + expected + "\", \"existingCustomerOrg\": null}"));
		post(order.token(), "/checks/confirm", draft).expectStatus()
			.isOk()
			.expectBody()
			.json("{\"valid\": true, \"nextStep\": null}");
		assertThat(rows("select count(*) from org where partner_id = ?", order.partnerId())).as("checks save nothing")
			.isZero();
	}

	private void announcesTheInstallation(ProvisioningStream events, SetupOrder order, UUID subscriptionId,
			String admin) {
		PartnerOrgCreated partnerOrg = events.await(order.orderId(), "PartnerOrgCreated", 1)
			.get(0)
			.payloadAs(PartnerOrgCreated.class);
		assertThat(partnerOrg.partnerId()).isEqualTo(order.partnerId());
		assertThat(partnerOrg.adminEmail()).isEqualTo(order.contactEmail());
		CustomerOrgCreated customerOrg = events.await(order.orderId(), "CustomerOrgCreated", 1)
			.get(0)
			.payloadAs(CustomerOrgCreated.class);
		assertThat(customerOrg.adminEmail()).isEqualTo(admin);
		assertThat(customerOrg.partnerOrgId()).isEqualTo(partnerOrg.orgId());
		OrderInstalled installed = events.await(order.orderId(), "OrderInstalled", 1)
			.get(0)
			.payloadAs(OrderInstalled.class);
		assertThat(installed.subscriptionId()).isEqualTo(subscriptionId);
		assertThat(installed.customerOrgId()).isEqualTo(customerOrg.orgId());
		assertThat(installed.installedBy()).isEqualTo(order.contactEmail());
	}

	private void choosesThePassword(SetupOrder order) {
		get(order.token(), "").expectBody()
			.jsonPath("$.stage")
			.isEqualTo("PASSWORD")
			.jsonPath("$.customerOrg.name")
			.isEqualTo("Globex SA")
			.jsonPath("$.serviceSteps")
			.isEqualTo(List.of(Map.of("step", "subscription-details", "done", true),
					Map.of("step", "calling", "done", false), Map.of("step", "meetings", "done", false),
					Map.of("step", "enterprise", "done", false), Map.of("step", "connection", "done", false)))
			.jsonPath("$.connectionOptions")
			.isEqualTo(List.of("SERVER_SIDE", "CLIENT_SIDE", "EXCHANGE_ON_PREMISES"));
		put(order.token(), "/password", new PasswordRequest("correct horse battery", "correct horse battery"))
			.expectStatus()
			.isNoContent();
		get(order.token(), "").expectBody().jsonPath("$.stage").isEqualTo("SERVICES");
		// Once chosen, a password changes elsewhere, never through a setup link.
		put(order.token(), "/password", new PasswordRequest("another long phrase", "another long phrase"))
			.expectStatus()
			.isEqualTo(409);
	}

	private void refusesToDeployBeforeEveryStepIsSaved(SetupOrder order) {
		post(order.token(), "/deployment").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("steps")
			.jsonPath("$.errors[0].rule")
			.isEqualTo("complete");
	}

	private void savesEveryServiceSetting(SetupOrder order, String subdomain) {
		put(order.token(), "/settings/calling", new CallingSettings("Zürich HQ", "+41 44 000 00 00", true))
			.expectStatus()
			.isNoContent();
		put(order.token(), "/settings/meetings", new MeetingSettings("fr", true, false)).expectStatus().isNoContent();
		get(order.token(), "/subdomains/" + subdomain).expectStatus()
			.isOk()
			.expectBody()
			.json("{\"subdomain\": \"" + subdomain + "\", \"available\": true}");
		put(order.token(), "/settings/enterprise", new EnterpriseRequest(subdomain)).expectStatus().isNoContent();
		put(order.token(), "/settings/connection",
				new ConnectionRequest(Set.of(ConnectionOption.SERVER_SIDE, ConnectionOption.EXCHANGE_ON_PREMISES)))
			.expectStatus()
			.isNoContent();
		get(order.token(), "").expectBody()
			.jsonPath("$.readyToDeploy")
			.isEqualTo(true)
			.jsonPath("$.customerOrg.subdomain")
			.isEqualTo(subdomain)
			.jsonPath("$.calling.emergencyNumber")
			.isEqualTo("+41440000000")
			.jsonPath("$.chosenConnectionOptions")
			.isEqualTo(List.of("SERVER_SIDE", "EXCHANGE_ON_PREMISES"));
	}

	private void startsBillingOnce(KafkaTestConsumer billing, UUID subscriptionId, SetupOrder order) {
		String key = subscriptionId.toString();
		await().atMost(BOUND)
			.until(() -> rows("select count(*) from outbox_event where topic = ? and message_key = ?"
					+ " and published_at is null", Topics.BILLING, key) == 0);
		assertThat(rows("select count(*) from outbox_event where topic = ? and message_key = ?", Topics.BILLING, key))
			.isEqualTo(1);
		await().atMost(BOUND).until(() -> !billingRecords(billing.pollFor(Duration.ofMillis(50)), key).isEmpty());
		// Anything published twice would have arrived by now: the outbox is drained.
		List<ConsumerRecord<String, String>> records = billingRecords(billing.pollFor(Duration.ofMillis(500)), key);
		assertThat(records).hasSize(1);
		EventEnvelope envelope = EventJson.read(records.get(0).value());
		assertThat(envelope.type()).isEqualTo("BillingStarted");
		BillingStarted started = envelope.payloadAs(BillingStarted.class);
		assertThat(started.orderId()).isEqualTo(order.orderId());
		assertThat(started.partnerId()).isEqualTo(order.partnerId());
		assertThat(started.customerName()).isEqualTo("Globex SA");
		assertThat(started.services()).containsExactly(
				new BillingStarted.BilledService("A-WX", 250, LocalDate.parse("2026-12-01")),
				new BillingStarted.BilledService("SIG-M365", 40, LocalDate.parse("2026-12-01")));
	}

	private static List<ConsumerRecord<String, String>> billingRecords(List<ConsumerRecord<String, String>> records,
			String key) {
		return records.stream().filter((record) -> key.equals(record.key())).toList();
	}

	/**
	 * Refusals of the setup API: each names the field and the rule, and leaves nothing
	 * behind.
	 */
	@Nested
	class Rules {

		@Test
		void refusesAnInstallationThatBreaksRulesNamingEachFieldAndWritingNothing() {
			try (ProvisioningStream events = provisioningTopic()) {
				SetupOrder order = placeOrder(events, false);
				SetupDraft draft = new SetupDraft(SetupDraft.PARTNER, SetupDraft.ME, null, null,
						new OrgDetails(" ", "XX", "1 rue de la Paix", "Paris", "75002"), "not-an-email", null,
						new OrgDetails("Globex SA", "CH", "Bahnhofstrasse 1", "Zürich", "8001"));

				post(order.token(), "/installation", draft).expectStatus()
					.isBadRequest()
					.expectHeader()
					.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
					.expectBody()
					.jsonPath("$.type")
					.isEqualTo("https://setupflow.dev/problems/validation")
					.jsonPath("$.errors[*].field")
					.isEqualTo(List.of("partnerOrg.name", "partnerOrg.country", "customerAdminEmail"))
					.jsonPath("$.errors[*].rule")
					.isEqualTo(List.of("required", "iso-country", "email"))
					.jsonPath("$.errors[*].message")
					.value(List.class, (messages) -> assertThat(messages).hasSize(3).doesNotContainNull());

				assertThat(rows("select count(*) from org where partner_id = ?", order.partnerId())).isZero();
				assertThat(rows("select count(*) from org_user where email = ?", order.contactEmail())).isZero();
				assertThat(rows("select count(*) from subscription where order_id = ?", order.orderId())).isZero();
				// Not even the setup start: the refused request rolled back whole.
				assertThat(events.settled(order.orderId())).extracting(EventEnvelope::type)
					.containsExactly("SetupLinkIssued");
			}
		}

		@Test
		void checksADraftStepAndNamesWhatIsWrong() {
			try (ProvisioningStream events = provisioningTopic()) {
				SetupOrder order = placeOrder(events, false);
				SetupDraft draft = new SetupDraft("OTHER", null, null, null, null, null, null, null);

				// Another role than partner ends the wizard there, without an error...
				post(order.token(), "/checks/role", draft).expectStatus()
					.isOk()
					.expectBody()
					.json("{\"valid\": true, \"nextStep\": null}");
				// ...and stops any later step.
				post(order.token(), "/checks/who", draft).expectStatus()
					.isBadRequest()
					.expectBody()
					.jsonPath("$.errors[*].field")
					.isEqualTo(List.of("role", "who"))
					.jsonPath("$.errors[*].rule")
					.isEqualTo(List.of("partner-only", "choice"));
			}
		}

		@Test
		void answersAStepTheWizardDoesNotHaveWithNotFound() {
			try (ProvisioningStream events = provisioningTopic()) {
				SetupOrder order = placeOrder(events, false);

				post(order.token(), "/checks/billing", SetupDraft.empty()).expectStatus()
					.isNotFound()
					.expectHeader()
					.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
			}
		}

		@Test
		void refusesASecondInstallation() {
			try (ProvisioningStream events = provisioningTopic()) {
				SetupOrder order = placeOrder(events, false);
				String admin = "admin-" + shortId() + "@globex.example";
				install(order, admin);

				post(order.token(), "/installation", newOrgsDraft(admin)).expectStatus()
					.isEqualTo(409)
					.expectBody()
					.jsonPath("$.type")
					.isEqualTo("https://setupflow.dev/problems/conflict");
				assertThat(events.settled(order.orderId(), "OrderInstalled")).hasSize(1);
				assertThat(rows("select count(*) from org where partner_id = ?", order.partnerId())).isEqualTo(1);
			}
		}

		@Test
		void refusesACustomerAdminWhoAlreadyBelongsToAnotherPartnersCustomerOrg() {
			try (ProvisioningStream events = provisioningTopic()) {
				String admin = "admin-" + shortId() + "@globex.example";
				install(placeOrder(events, false), admin);
				SetupOrder otherPartners = placeOrder(events, false);

				post(otherPartners.token(), "/checks/customer-admin", newOrgsDraft(admin.toUpperCase())).expectStatus()
					.isBadRequest()
					.expectBody()
					.jsonPath("$.errors[0].field")
					.isEqualTo("customerAdminEmail")
					.jsonPath("$.errors[0].rule")
					.isEqualTo("one-org-per-address")
					.jsonPath("$.errors.length()")
					.isEqualTo(1);
				post(otherPartners.token(), "/installation", newOrgsDraft(admin)).expectStatus().isBadRequest();
				assertThat(rows("select count(*) from org where partner_id = ?", otherPartners.partnerId())).isZero();
			}
		}

		@Test
		void answersAMalformedBodyAsTheOtherApisDo() {
			try (ProvisioningStream events = provisioningTopic()) {
				SetupOrder order = placeOrder(events, false);
				String admin = "admin-" + shortId() + "@globex.example";
				install(order, admin);

				put(order.token(), "/settings/connection", Map.of("connectionOptions", List.of("CARRIER_PIGEON")))
					.expectStatus()
					.isBadRequest()
					.expectBody()
					.jsonPath("$.errors[0].field")
					.value(String.class, (field) -> assertThat(field).startsWith("connectionOptions"));
				// A Webex order offers no connection option.
				put(order.token(), "/settings/connection", Map.of("connectionOptions", List.of("SERVER_SIDE")))
					.expectStatus()
					.isBadRequest()
					.expectBody()
					.jsonPath("$.errors[0].rule")
					.isEqualTo("offered");
			}
		}

	}

	/**
	 * The token in the path is the setup API's only credential: a wrong one opens
	 * nothing, a dead one says so, and neither tells anything about an order.
	 */
	@Nested
	class Links {

		@Test
		void answersATamperedTokenWithNotFoundAndNothingAboutTheOrder() {
			try (ProvisioningStream events = provisioningTopic()) {
				SetupOrder order = placeOrder(events, false);
				String token = order.token();
				String tampered = token.substring(0, 10) + ((token.charAt(10) == 'A') ? 'B' : 'A')
						+ token.substring(11);

				get(tampered, "").expectStatus()
					.isNotFound()
					.expectHeader()
					.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
					.expectBody(String.class)
					.value((body) -> assertThat(body).contains("https://setupflow.dev/problems/not-found")
						.doesNotContain("CCW-100234", "Acme", "Globex", order.contactEmail()));
				post(tampered, "/installation", newOrgsDraft("admin-" + shortId() + "@globex.example")).expectStatus()
					.isNotFound();
				get("not-a-token", "").expectStatus().isNotFound();
				assertThat(events.settled(order.orderId(), "ProvisioningStarted")).isEmpty();
			}
		}

		@Test
		void handsTheSetupToAColleagueWhoseLinkReplacesThisOne() {
			try (ProvisioningStream events = provisioningTopic()) {
				SetupOrder order = placeOrder(events, false);
				String colleague = "colleague-" + shortId() + "@acme.example";

				post(order.token(), "/delegation", new DelegationRequest("COLLEAGUE", colleague.toUpperCase()))
					.expectStatus()
					.isAccepted()
					.expectBody()
					.json("{\"recipientEmail\": \"" + colleague + "\"}");

				SetupLinkIssued issued = events.await(order.orderId(), "SetupLinkIssued", 2)
					.get(1)
					.payloadAs(SetupLinkIssued.class);
				assertThat(issued.recipientEmail()).isEqualTo(colleague);
				assertThat(events.await(order.orderId(), "SetupDelegated", 1).get(0).payloadAs(SetupDelegated.class))
					.satisfies((delegated) -> {
						assertThat(delegated.delegatedTo()).isEqualTo("COLLEAGUE");
						assertThat(delegated.delegatedBy()).isEqualTo(order.contactEmail());
					});
				get(order.token(), "").expectStatus()
					.isEqualTo(410)
					.expectBody(String.class)
					.value((body) -> assertThat(body).contains("https://setupflow.dev/problems/gone")
						.doesNotContain("CCW-100234", "Acme", "Globex", colleague));
				post(order.token(), "/installation", newOrgsDraft("admin-" + shortId() + "@globex.example"))
					.expectStatus()
					.isEqualTo(410);
				get(tokenOf(issued), "").expectStatus()
					.isOk()
					.expectBody()
					.jsonPath("$.recipientEmail")
					.isEqualTo(colleague)
					.jsonPath("$.setupBy")
					.isEqualTo("PARTNER");
			}
		}

		@Test
		void letsTheCustomerSetUpAnOrgOfItsOwn() {
			try (ProvisioningStream events = provisioningTopic()) {
				SetupOrder order = placeOrder(events, false);
				String customer = "it-" + shortId() + "@globex.example";
				post(order.token(), "/delegation", new DelegationRequest("CUSTOMER", customer)).expectStatus()
					.isAccepted();
				String token = tokenOf(
						events.await(order.orderId(), "SetupLinkIssued", 2).get(1).payloadAs(SetupLinkIssued.class));

				get(token, "").expectStatus()
					.isOk()
					.expectBody()
					.jsonPath("$.setupBy")
					.isEqualTo("CUSTOMER")
					.jsonPath("$.draftSteps")
					.isEqualTo(List.of("customer-org", "confirm"))
					.jsonPath("$.partnerOrg")
					.isEmpty();
				// The partner's questions are not the customer's to answer.
				post(token, "/checks/role", SetupDraft.empty()).expectStatus().isNotFound();
				SetupDraft draft = new SetupDraft(null, null, null, null, null, null, null,
						new OrgDetails("Globex SA", "CH", "Bahnhofstrasse 1", "Zürich", "8001"));
				post(token, "/checks/customer-org", draft).expectStatus()
					.isOk()
					.expectBody()
					.json("{\"valid\": true, \"nextStep\": \"confirm\"}");
				post(token, "/installation", draft).expectStatus().isCreated();

				CustomerOrgCreated created = events.await(order.orderId(), "CustomerOrgCreated", 1)
					.get(0)
					.payloadAs(CustomerOrgCreated.class);
				assertThat(created.adminEmail()).isEqualTo(customer);
				assertThat(created.partnerOrgId()).as("the partner gets no access").isNull();
				assertThat(events.settled(order.orderId(), "PartnerOrgCreated")).isEmpty();
				get(token, "").expectBody().jsonPath("$.stage").isEqualTo("PASSWORD");
			}
		}

	}

	/**
	 * "Check availability": malformed and taken names are answers, not errors; saving
	 * checks again.
	 */
	@Nested
	class Subdomains {

		@Test
		void saysWhetherASubdomainIsAvailableAndWhyNot() {
			try (ProvisioningStream events = provisioningTopic()) {
				SetupOrder first = placeOrder(events, false);
				install(first, "admin-" + shortId() + "@globex.example");
				SetupOrder second = placeOrder(events, false);
				install(second, "admin-" + shortId() + "@initech.example");
				String taken = "globex-" + shortId();
				put(first.token(), "/settings/enterprise", new EnterpriseRequest(taken)).expectStatus().isNoContent();

				assertRefused(second, "-globex", "dns-label");
				assertRefused(second, "www", "reserved");
				assertRefused(second, taken.toUpperCase(), "available");
				String fresh = "initech-" + shortId();
				get(second.token(), "/subdomains/" + fresh.toUpperCase()).expectStatus()
					.isOk()
					.expectBody()
					.json("{\"subdomain\": \"" + fresh + "\", \"available\": true}")
					.jsonPath("$.reason")
					.doesNotExist();
				// The org that has it may check it again.
				get(first.token(), "/subdomains/" + taken).expectBody().jsonPath("$.available").isEqualTo(true);
			}
		}

		@Test
		void refusesToSaveATakenSubdomain() {
			try (ProvisioningStream events = provisioningTopic()) {
				SetupOrder first = placeOrder(events, false);
				install(first, "admin-" + shortId() + "@globex.example");
				SetupOrder second = placeOrder(events, false);
				install(second, "admin-" + shortId() + "@initech.example");
				String taken = "globex-" + shortId();
				put(first.token(), "/settings/enterprise", new EnterpriseRequest(taken)).expectStatus().isNoContent();

				put(second.token(), "/settings/enterprise", new EnterpriseRequest(taken)).expectStatus()
					.isBadRequest()
					.expectBody()
					.jsonPath("$.errors[0].field")
					.isEqualTo("subdomain")
					.jsonPath("$.errors[0].rule")
					.isEqualTo("available");
				assertThat(rows("select count(*) from org where lower(subdomain) = ?", taken)).isEqualTo(1);
			}
		}

		@Test
		void answersOnlyOnceTheOrderIsInstalled() {
			try (ProvisioningStream events = provisioningTopic()) {
				SetupOrder order = placeOrder(events, false);

				get(order.token(), "/subdomains/globex").expectStatus().isEqualTo(409);
			}
		}

		private void assertRefused(SetupOrder order, String subdomain, String rule) {
			get(order.token(), "/subdomains/" + subdomain).expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.subdomain")
				.isEqualTo(subdomain)
				.jsonPath("$.available")
				.isEqualTo(false)
				.jsonPath("$.reason")
				.isEqualTo(rule)
				.jsonPath("$.message")
				.isNotEmpty();
		}

	}

	/**
	 * A partner's later orders: its org exists, and the person setting up confirms it or
	 * says they don't recognise it.
	 */
	@Nested
	class ExistingPartnerOrg {

		@Test
		void confirmsThePartnerOrgOnRecordAndCreatesOnlyTheCustomerOrg() {
			try (ProvisioningStream events = provisioningTopic()) {
				SetupOrder first = placeOrder(events, false);
				install(first, "admin-" + shortId() + "@globex.example");
				SetupOrder second = placeOrder(events, first.partnerId(), false);
				String admin = "admin-" + shortId() + "@initech.example";
				SetupDraft draft = new SetupDraft(SetupDraft.PARTNER, SetupDraft.ME, null, SetupDraft.CONFIRMED, null,
						admin, null, new OrgDetails("Initech", "FR", "2 rue de Rivoli", "Paris", "75001"));

				get(second.token(), "").expectBody().jsonPath("$.partnerOrg.name").isEqualTo("Acme Networks");
				post(second.token(), "/checks/partner-org", draft).expectBody()
					.json("{\"valid\": true, \"nextStep\": \"customer-admin\"}");
				post(second.token(), "/installation", draft).expectStatus().isCreated();

				assertThat(events.settled(second.orderId())).extracting(EventEnvelope::type)
					.contains("CustomerOrgCreated", "OrderInstalled")
					.doesNotContain("PartnerOrgCreated");
				assertThat(rows("select count(*) from org where partner_id = ?", first.partnerId())).isEqualTo(1);
			}
		}

		@Test
		void alertsTheAccountRepOnceWhenThePartnerOrgIsNotRecognised() {
			try (ProvisioningStream events = provisioningTopic()) {
				SetupOrder first = placeOrder(events, false);
				install(first, "admin-" + shortId() + "@globex.example");
				SetupOrder second = placeOrder(events, first.partnerId(), false);
				SetupDraft draft = new SetupDraft(SetupDraft.PARTNER, SetupDraft.ME, null, SetupDraft.NOT_RECOGNISED,
						null, null, null, null);

				// Valid as an answer, but it leads to the dispute, not to a next step.
				post(second.token(), "/checks/partner-org", draft).expectBody()
					.json("{\"valid\": true, \"nextStep\": null}");
				post(second.token(), "/partner-org-dispute").expectStatus().isAccepted();
				post(second.token(), "/partner-org-dispute").expectStatus().isAccepted();

				assertThat(events.settled(second.orderId(), "PartnerOrgDisputed")).hasSize(1);
				assertThat(rows("select count(*) from subscription where order_id = ?", second.orderId())).isZero();
			}
		}

		@Test
		void refusesADisputeWhenThereIsNoPartnerOrgOnRecord() {
			try (ProvisioningStream events = provisioningTopic()) {
				SetupOrder order = placeOrder(events, false);

				post(order.token(), "/partner-org-dispute").expectStatus().isEqualTo(409);
			}
		}

	}

}
