package com.setupflow.provisioning.wizard;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.setupflow.events.EventEnvelope;
import com.setupflow.events.EventJson;
import com.setupflow.events.Topics;
import com.setupflow.events.billing.BillingStarted;
import com.setupflow.events.provisioning.OrderInstalled;
import com.setupflow.events.provisioning.PartnerOrgDisputed;
import com.setupflow.events.provisioning.SetupLinkIssued;
import com.setupflow.provisioning.ProvisioningStream;
import com.setupflow.provisioning.input.FieldIssue;
import com.setupflow.provisioning.input.InputRejected;
import com.setupflow.provisioning.link.LinkVisit;
import com.setupflow.testsupport.KafkaTestConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The wizard's rules on the real database and broker, one branch each.
 */
class WizardRulesTests extends WizardIntegrationTest {

	@Test
	void installsANewPartnerAndANewCustomerWithTheirEventsInOneGo() {
		try (ProvisioningStream events = new ProvisioningStream(this.jdbc)) {
			Setup setup = newSetup(events);
			String admin = uniqueEmail("admin");

			UUID subscriptionId = this.installation.install(setup.token(), newPartnerNewCustomer(admin));

			assertThat(events.settled(setup.orderId()).stream().map(EventEnvelope::type))
				.containsSubsequence("PartnerOrgCreated", "CustomerOrgCreated", "OrderInstalled");
			OrderInstalled installed = events.settled(setup.orderId(), "OrderInstalled")
				.get(0)
				.payloadAs(OrderInstalled.class);
			assertThat(installed.subscriptionId()).isEqualTo(subscriptionId);
			assertThat(installed.partnerOrgId()).isNotNull();
			assertThat(this.jdbc.sql("select role from org_user where email in (?, ?) order by role")
				.params(setup.contact(), admin)
				.query(String.class)
				.list()).containsExactly("CUSTOMER_ADMIN", "PARTNER_ADMIN");
			assertThat(this.progress.state(setup.token()).stage()).isEqualTo(Stage.PASSWORD);
		}
	}

	@Test
	void refusesACustomerAdminWhoseAddressBelongsToAnotherPartnersCustomerAndWritesNothing() {
		try (ProvisioningStream events = new ProvisioningStream(this.jdbc)) {
			String taken = uniqueEmail("admin");
			this.installation.install(newSetup(events).token(), newPartnerNewCustomer(taken));
			Setup other = newSetup(events);
			long orgs = rows("org");

			InputRejected rejected = catchThrowableOfType(InputRejected.class,
					() -> this.installation.install(other.token(), newPartnerNewCustomer(taken.toUpperCase())));

			assertThat(rejected.getIssues()).singleElement().satisfies((issue) -> {
				assertThat(issue.field()).isEqualTo("customerAdminEmail");
				assertThat(issue.rule()).isEqualTo("one-org-per-address");
			});
			assertThat(rows("org")).isEqualTo(orgs);
			assertThat(events.settled(other.orderId()).stream().map(EventEnvelope::type))
				.doesNotContain("PartnerOrgCreated", "CustomerOrgCreated", "OrderInstalled");
		}
	}

	@Test
	void verifiesAnExistingPartnerOrgAndAnExistingCustomerOrgInsteadOfCreatingThem() {
		try (ProvisioningStream events = new ProvisioningStream(this.jdbc)) {
			Setup first = newSetup(events);
			String admin = uniqueEmail("admin");
			this.installation.install(first.token(), newPartnerNewCustomer(admin));
			Setup second = setupFor(events, first.partnerId(), uniqueEmail("colleague"));
			SetupDraft unconfirmed = new SetupDraft("PARTNER", "ME", null, "CONFIRMED", null, admin, null, null);

			InputRejected rejected = catchThrowableOfType(InputRejected.class,
					() -> this.installation.install(second.token(), unconfirmed));
			assertThat(rejected.getIssues()).extracting(FieldIssue::field).containsExactly("customerOrgVerdict");

			long orgs = rows("org");
			this.installation.install(second.token(),
					new SetupDraft("PARTNER", "ME", null, "CONFIRMED", null, admin, "CONFIRMED", null));

			assertThat(rows("org")).isEqualTo(orgs);
			assertThat(events.settled(second.orderId()).stream().map(EventEnvelope::type)).contains("OrderInstalled")
				.doesNotContain("PartnerOrgCreated", "CustomerOrgCreated");
			assertThat(this.progress.state(second.token()).customerOrg().getId())
				.isEqualTo(this.progress.state(first.token()).customerOrg().getId());
		}
	}

	@Test
	void stopsOnAnUnrecognisedPartnerOrgCreatingNothingAndAlertsTheRepOnce() {
		try (ProvisioningStream events = new ProvisioningStream(this.jdbc)) {
			Setup first = newSetup(events);
			this.installation.install(first.token(), newPartnerNewCustomer(uniqueEmail("admin")));
			Setup second = setupFor(events, first.partnerId(), uniqueEmail("stranger"));
			long orgs = rows("org");
			long users = rows("org_user");

			this.dispute.report(second.token());
			this.dispute.report(second.token());

			List<EventEnvelope> disputed = events.settled(second.orderId(), "PartnerOrgDisputed");
			assertThat(disputed).singleElement()
				.satisfies((event) -> assertThat(event.payloadAs(PartnerOrgDisputed.class).accountRepEmail())
					.isEqualTo("rep@vendor.example"));
			assertThat(rows("org")).isEqualTo(orgs);
			assertThat(rows("org_user")).isEqualTo(users);
			assertThat(this.progress.state(second.token()).stage()).isEqualTo(Stage.DRAFT);
		}
	}

	@Test
	void handsTheSetupToAColleagueWhoseNewLinkWorksWhileTheFirstIsGone() {
		try (ProvisioningStream events = new ProvisioningStream(this.jdbc)) {
			Setup setup = newSetup(events);
			String colleague = uniqueEmail("colleague");

			this.delegation.handOver(setup.token(),
					new SetupDraft("PARTNER", "COLLEAGUE", colleague, null, null, null, null, null));

			SetupLinkIssued handedOver = events.await(setup.orderId(), "SetupLinkIssued", 2)
				.get(1)
				.payloadAs(SetupLinkIssued.class);
			assertThat(handedOver.recipientEmail()).isEqualTo(colleague);
			assertThat(handedOver.reason()).isEqualTo("DELEGATED_TO_COLLEAGUE");
			assertThat(handedOver.requestedBy()).isEqualTo(setup.contact());
			assertThat(catchThrowableOfType(LinkNotUsable.class, () -> this.progress.state(setup.token())).getOutcome())
				.isEqualTo(LinkVisit.Outcome.GONE);
			assertThat(this.progress.state(tokenOf(handedOver)).recipientEmail()).isEqualTo(colleague);
		}
	}

	@Test
	void refusesTheSubdomainsThatBreakARuleAndOneTakenByAnotherOrg() {
		try (ProvisioningStream events = new ProvisioningStream(this.jdbc)) {
			Setup first = newSetup(events);
			installAndSetUp(first);
			String taken = this.progress.state(first.token()).customerOrg().getSubdomain();
			Setup second = newSetup(events);
			this.installation.install(second.token(), newPartnerNewCustomer(uniqueEmail("admin")));

			assertThat(ruleOf(() -> this.serviceSetup.checkSubdomain(second.token(), "-globex")))
				.isEqualTo("dns-label");
			assertThat(ruleOf(() -> this.serviceSetup.checkSubdomain(second.token(), "glo_bex")))
				.isEqualTo("dns-label");
			assertThat(ruleOf(() -> this.serviceSetup.checkSubdomain(second.token(), "a".repeat(64))))
				.isEqualTo("max-length");
			assertThat(ruleOf(() -> this.serviceSetup.checkSubdomain(second.token(), "www"))).isEqualTo("reserved");
			assertThat(ruleOf(() -> this.serviceSetup.checkSubdomain(second.token(), taken.toUpperCase())))
				.isEqualTo("available");
			assertThat(ruleOf(() -> this.serviceSetup.saveSubdomain(second.token(), taken))).isEqualTo("available");
			assertThat(this.serviceSetup.checkSubdomain(second.token(), " Globex-" + taken.substring(4) + " "))
				.isEqualTo("globex-" + taken.substring(4));
		}
	}

	@Test
	void letsOneOfTwoOrdersRacingForASubdomainHaveIt() throws Exception {
		try (ProvisioningStream events = new ProvisioningStream(this.jdbc)) {
			Setup one = newSetup(events);
			Setup other = newSetup(events);
			this.installation.install(one.token(), newPartnerNewCustomer(uniqueEmail("admin")));
			this.installation.install(other.token(), newPartnerNewCustomer(uniqueEmail("admin")));
			String contested = "race-" + UUID.randomUUID().toString().substring(0, 8);
			assertThat(this.serviceSetup.checkSubdomain(one.token(), contested)).isEqualTo(contested);
			assertThat(this.serviceSetup.checkSubdomain(other.token(), contested)).isEqualTo(contested);

			List<Boolean> saved = concurrently(() -> trySave(one.token(), contested),
					() -> trySave(other.token(), contested));

			assertThat(saved).containsExactlyInAnyOrder(true, false);
			assertThat(this.jdbc.sql("select count(*) from org where subdomain = ?")
				.param(contested)
				.query(Long.class)
				.single()).isOne();
		}
	}

	@Test
	void refusesToDeployBeforeEverySettingIsSaved() {
		try (ProvisioningStream events = new ProvisioningStream(this.jdbc)) {
			Setup setup = newSetup(events);
			this.installation.install(setup.token(), newPartnerNewCustomer(uniqueEmail("admin")));

			InputRejected rejected = catchThrowableOfType(InputRejected.class,
					() -> this.deployment.deploy(setup.token()));

			assertThat(rejected.getIssues()).singleElement().satisfies((issue) -> {
				assertThat(issue.field()).isEqualTo("steps");
				assertThat(issue.arguments().toString()).contains("CALLING", "MEETINGS", "ENTERPRISE");
			});
			assertThat(events.settled(setup.orderId(), "ServicesDeployed")).isEmpty();
		}
	}

	@Test
	void startsBillingOnceWhenDeployIsPressedTwiceAtTheSameTime() throws Exception {
		try (ProvisioningStream events = new ProvisioningStream(this.jdbc);
				KafkaTestConsumer billing = KafkaTestConsumer.fromEnd(Topics.BILLING)) {
			Setup setup = newSetup(events);
			UUID subscriptionId = installAndSetUp(setup);

			List<Boolean> deployed = concurrently(() -> this.deployment.deploy(setup.token()),
					() -> this.deployment.deploy(setup.token()));

			assertThat(deployed).containsExactlyInAnyOrder(true, false);
			assertThat(events.settled(setup.orderId(), "ServicesDeployed")).hasSize(1);
			List<ConsumerRecord<String, String>> started = billingOf(billing, subscriptionId);
			assertThat(started).singleElement().satisfies((record) -> {
				BillingStarted event = EventJson.read(record.value()).payloadAs(BillingStarted.class);
				assertThat(event.orderId()).isEqualTo(setup.orderId());
				assertThat(event.partnerId()).isEqualTo(setup.partnerId());
				assertThat(event.services()).singleElement()
					.satisfies((service) -> assertThat(service.billingPeriodStart()).hasToString("2026-12-01"));
			});
			assertThat(this.progress.state(setup.token()).stage()).isEqualTo(Stage.DEPLOYED);
			assertThatExceptionOfType(StepConflict.class)
				.isThrownBy(() -> this.installation.install(setup.token(), newPartnerNewCustomer(uniqueEmail("a"))));
		}
	}

	/**
	 * The billing events of the subscription, once the outbox has published every one it
	 * holds: a count that cannot still grow.
	 */
	private List<ConsumerRecord<String, String>> billingOf(KafkaTestConsumer billing, UUID subscriptionId) {
		long emitted = this.jdbc.sql("select count(*) from outbox_event where topic = ? and message_key = ?")
			.params(Topics.BILLING, subscriptionId.toString())
			.query(Long.class)
			.single();
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
			billing.pollFor(Duration.ofMillis(50));
			return keyed(billing, subscriptionId).size() >= emitted
					&& this.jdbc.sql("select count(*) from outbox_event where topic = ? and published_at is null")
						.param(Topics.BILLING)
						.query(Long.class)
						.single() == 0;
		});
		return keyed(billing, subscriptionId);
	}

	private static List<ConsumerRecord<String, String>> keyed(KafkaTestConsumer consumer, UUID key) {
		return consumer.records().stream().filter((record) -> key.toString().equals(record.key())).toList();
	}

	private boolean trySave(String token, String subdomain) {
		try {
			this.serviceSetup.saveSubdomain(token, subdomain);
			return true;
		}
		catch (InputRejected ex) {
			assertThat(ex.getIssues()).extracting(FieldIssue::rule).containsExactly("available");
			return false;
		}
	}

	private static String ruleOf(Runnable action) {
		return catchThrowableOfType(InputRejected.class, action::run).getIssues().get(0).rule();
	}

	@SafeVarargs
	private static <T> List<T> concurrently(Callable<T>... actions) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(actions.length);
		try {
			List<Future<T>> futures = pool.invokeAll(List.of(actions));
			List<T> results = new java.util.ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
