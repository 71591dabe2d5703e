package com.setupflow.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A new partner's first order, from the "Configure now" email to billing, in a real
 * browser against the whole system (the local stack's jar: Kafka, PostgreSQL, SMTP and
 * the three services as separate processes).
 *
 * <p>
 * The deployment contact opens the link from the email and clicks through the wizard as a
 * person would, finding every field by its visible label: it says it is the partner, sets
 * up itself, creates its partner org, names the customer's admin, creates the customer
 * org, installs the order, chooses its password, saves the calling, meeting and
 * enterprise settings, and deploys. Then the billing system gets exactly one
 * BillingStarted, the order is ACTIVE, and the contact signs in to the partner portal and
 * sees its customer's subscription, active. Once in English and once in French (the
 * browser's language; the order asks for French emails).
 *
 * <p>
 * The browser is Debian's Chromium ({@code /usr/bin/chromium}, or {@code CHROMIUM_PATH}
 * as a system property or environment variable), driven headless by Playwright, which is
 * told never to download a browser of its own.
 */
class SetupWizardBrowserTest {

	private static final Path WORK = StackRun.REPOSITORY.resolve("system-tests/target/browser-e2e");

	private static final ZoneId ORDER_ZONE = ZoneId.of("Europe/Paris");

	private static final String BILLING_TOPIC = "setupflow.billing";

	/**
	 * Bounds, not expectations: events flow in well under a second on a quiet machine.
	 */
	private static final Duration EVENTS_ARRIVE = Duration.ofSeconds(30);

	/** How long "exactly once" keeps watching for a second BillingStarted. */
	private static final Duration NO_SECOND_BILLING = Duration.ofSeconds(3);

	private static final Pattern SETUP_LINK = Pattern.compile("https?://[^\\s<>\"']+/setup/[A-Za-z0-9_\\-]+");

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private static final JsonMapper json = JsonMapper.builder().build();

	@RegisterExtension
	static final BrowserStack system = new BrowserStack(WORK);

	/** What the billing system reads, as it would: a plain consumer of the topic. */
	private static KafkaConsumer<String, String> billing;

	private static final List<JsonNode> billingEvents = new ArrayList<>();

	private Page page;

	private Wording words;

	@BeforeAll
	static void listenAsTheBillingSystem() {
		billing = billingConsumer();
	}

	@AfterAll
	static void stopListening() {
		if (billing != null) {
			billing.close(Duration.ofSeconds(5));
		}
	}

	@Test
	@Timeout(value = 3, unit = TimeUnit.MINUTES)
	void aNewPartnerSetsUpItsFirstOrderInEnglish() throws Exception {
		setsUpANewPartnersOrderFromTheEmailToBilling(Wording.ENGLISH);
	}

	@Test
	@Timeout(value = 3, unit = TimeUnit.MINUTES)
	void aNewPartnerSetsUpItsFirstOrderInFrench() throws Exception {
		setsUpANewPartnersOrderFromTheEmailToBilling(Wording.FRENCH);
	}

	private void setsUpANewPartnersOrderFromTheEmailToBilling(Wording wording) throws Exception {
		String run = wording.orderLocale() + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
		String partnerId = "P-E2E-" + run;
		String contact = "deploy-" + run + "@partner-" + run + ".example";
		String customerAdmin = "admin-" + run + "@customer-" + run + ".example";
		Org partnerOrg = new Org("Acme Networks " + run, "1 Main Street", "10115", "Berlin", wording.germany());
		Org customerOrg = new Org("Globex " + run, "2 rue de Rivoli", "75001", "Paris", wording.france());
		String password = "purple otter lantern " + run;

		String orderId = placeOrder("E2E-" + run, partnerId, partnerOrg.name(), customerOrg.name(), contact,
				wording.orderLocale());
		String setupLink = setupLinkFromTheConfigureNowEmail(contact, wording);

		openInTheBrowser(setupLink, wording);
		assertThat(heading()).hasText(wording.setUpYourOrder());
		sayIAmThePartner();
		sayIWillSetItUpMyself();
		createThePartnerOrg(partnerOrg);
		nameTheCustomerAdmin(customerAdmin);
		createTheCustomerOrg(customerOrg);
		checkTheSummaryAndInstallTheOrder(partnerOrg, customerAdmin, customerOrg);
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText(wording.installed());

		createMyPassword(password);
		assertThat(heading()).hasText(wording.setUpTheServices());
		saveTheCallingSettings("Paris HQ", "+33142685300");
		saveTheMeetingSettings(wording.french());
		chooseTheSubdomain("globex-" + run);
		deployAndStartBilling();
		assertThat(heading()).hasText(wording.servicesAreLive());

		JsonNode billingStarted = exactlyOneBillingStartedFor(orderId);
		Assertions.assertThat(billingStarted.at("/payload/partnerId").asString()).isEqualTo(partnerId);
		Assertions.assertThat(billingStarted.at("/payload/customerName").asString()).isEqualTo(customerOrg.name());
		Assertions.assertThat(billingStarted.at("/payload/services/0/sku").asString()).isEqualTo("A-WX");
		awaitOrderStatus(orderId, "ACTIVE");
		theOrderCanBeFollowedInEveryServicesLogAndMetrics(orderId);

		signInToThePortal(contact, password);
		assertThat(this.page).hasURL(system.ports().provisioningUrl() + "/portal");
		assertThat(heading()).hasText(wording.subscriptions());
		assertThat(this.page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(customerOrg.name())))
			.containsText(wording.active());
	}

	/**
	 * An operator follows the order by its id: each service logged what it recorded under
	 * the order's correlation id and trace id, and the business counters moved.
	 */
	private static void theOrderCanBeFollowedInEveryServicesLogAndMetrics(String orderId) throws Exception {
		ServiceLogs logs = new ServiceLogs(system.dataDir());
		Assertions.assertThat(logs.linesAbout("order-service", orderId))
			.anySatisfy((line) -> Assertions.assertThat(line).contains("Recorded OrderPlaced"))
			.anySatisfy((line) -> Assertions.assertThat(line).contains("Recorded SetupDue"));
		Assertions.assertThat(logs.linesAbout("provisioning-service", orderId))
			.anySatisfy((line) -> Assertions.assertThat(line).contains("Recorded SetupLinkIssued"))
			.anySatisfy((line) -> Assertions.assertThat(line).contains("Recorded OrderInstalled"))
			.anySatisfy((line) -> Assertions.assertThat(line).contains("Recorded BillingStarted"));
		Assertions.assertThat(logs.linesAbout("notification-service", orderId))
			.anySatisfy((line) -> Assertions.assertThat(line).contains("Recorded NotificationSent"));

		Assertions.assertThat(prometheus(system.ports().orderUrl()))
			.containsPattern("setupflow_orders_received_total\\{[^}]*\\} [1-9]")
			.containsPattern("setupflow_events_recorded_total\\{[^}]*type=\"OrderPlaced\"[^}]*\\} [1-9]");
		Assertions.assertThat(prometheus(system.ports().provisioningUrl()))
			.containsPattern("setupflow_events_recorded_total\\{[^}]*type=\"BillingStarted\"[^}]*\\} [1-9]");
		Assertions.assertThat(prometheus(system.ports().notificationUrl()))
			.containsPattern("setupflow_notifications_sent_total\\{[^}]*template=\"configure-now\"[^}]*\\} [1-9]")
			.containsPattern("setupflow_notifications_latency_seconds_count\\{[^}]*\\} [1-9]");
	}

	private static String prometheus(String serviceUrl) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(serviceUrl + "/actuator/prometheus"))).body();
	}

	// What the commerce system and the mail server do

	/** The commerce system's order, as the README's curl places it, for a new partner. */
	private static String placeOrder(String orderNumber, String partnerId, String partnerName, String customerName,
			String contact, String locale) throws IOException, InterruptedException {
		ObjectNode order = (ObjectNode) json.readTree(system.printed().body());
		order.put("orderNumber", orderNumber);
		order.putObject("partner").put("id", partnerId).put("name", partnerName);
		order.putObject("customer").put("name", customerName);
		order.put("requestedStartDate", LocalDate.now(ORDER_ZONE).toString());
		order.put("timeZone", ORDER_ZONE.getId());
		order.put("deploymentContactEmail", contact);
		order.put("locale", locale);
		HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(system.printed().url()))
			.header("Authorization", "Bearer " + system.printed().apiKey())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(order))));
		Assertions.assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return json.readTree(created.body()).path("id").asString();
	}

	/**
	 * The link in the "Configure now" email to the deployment contact, as the local
	 * stack's mailbox shows it.
	 */
	private static String setupLinkFromTheConfigureNowEmail(String contact, Wording wording) {
		JsonNode email = await("the Configure now email to " + contact).atMost(EVENTS_ARRIVE)
			.pollInterval(Duration.ofMillis(250))
			.until(() -> mailTo(contact), (found) -> found != null);
		Assertions.assertThat(email.path("subject").asString()).startsWith(wording.configureNowSubject());
		Matcher link = SETUP_LINK.matcher(email.path("textBody").asString());
		Assertions.assertThat(link.find()).as("a setup link in %s", email.path("textBody").asString()).isTrue();
		Assertions.assertThat(link.group()).startsWith(system.ports().provisioningUrl() + "/setup/");
		return link.group();
	}

	private static JsonNode mailTo(String address) throws IOException, InterruptedException {
		HttpResponse<String> messages = send(
				HttpRequest.newBuilder(URI.create(system.ports().mailboxUrl() + "/api/messages")));
		Assertions.assertThat(messages.statusCode()).isEqualTo(200);
		return StreamSupport.stream(json.readTree(messages.body()).spliterator(), false)
			.filter((message) -> StreamSupport.stream(message.path("to").spliterator(), false)
				.anyMatch((to) -> to.asString().equalsIgnoreCase(address)))
			.findFirst()
			.orElse(null);
	}

	private static void awaitOrderStatus(String orderId, String status) {
		await("order " + orderId + " " + status).atMost(EVENTS_ARRIVE)
			.pollInterval(Duration.ofMillis(250))
			.until(() -> json
				.readTree(send(HttpRequest.newBuilder(URI.create(system.printed().url() + "/" + orderId))
					.header("Authorization", "Bearer " + system.printed().apiKey())).body())
				.path("status")
				.asString(), status::equals);
	}

	/**
	 * The one BillingStarted of the order; watching a little longer proves no second one
	 * follows.
	 */
	private static JsonNode exactlyOneBillingStartedFor(String orderId) {
		await("BillingStarted for order " + orderId).atMost(EVENTS_ARRIVE)
			.pollInSameThread()
			.pollInterval(Duration.ofMillis(100))
			.until(() -> billingStartedFor(orderId).size(), (count) -> count >= 1);
		List<JsonNode> started = await("only one BillingStarted for order " + orderId).during(NO_SECOND_BILLING)
			.atMost(NO_SECOND_BILLING.plusSeconds(5))
			.pollInSameThread()
			.pollInterval(Duration.ofMillis(200))
			.until(() -> billingStartedFor(orderId), (found) -> found.size() == 1);
		return started.get(0);
	}

	private static List<JsonNode> billingStartedFor(String orderId) {
		for (ConsumerRecord<String, String> record : billing.poll(Duration.ofMillis(100))) {
			billingEvents.add(json.readTree(record.value()));
		}
		return billingEvents.stream()
			.filter((event) -> "BillingStarted".equals(event.path("type").asString()))
			.filter((event) -> orderId.equals(event.at("/payload/orderId").asString()))
			.toList();
	}

	/** Reads the whole topic from its start; no consumer group, nothing committed. */
	private static KafkaConsumer<String, String> billingConsumer() {
		Properties config = new Properties();
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, system.ports().kafkaBootstrapServers());
		config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
		config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
		config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
		config.put(ConsumerConfig.CLIENT_ID_CONFIG, "system-tests-billing-" + UUID.randomUUID());
		KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config);
		List<TopicPartition> partitions = consumer.partitionsFor(BILLING_TOPIC, Duration.ofSeconds(30))
			.stream()
			.map((partition) -> new TopicPartition(partition.topic(), partition.partition()))
			.toList();
		Assertions.assertThat(partitions).as("the partitions of %s", BILLING_TOPIC).isNotEmpty();
		consumer.assign(partitions);
		consumer.seekToBeginning(partitions);
		return consumer;
	}

	// What the person in front of the browser does

	private void openInTheBrowser(String url, Wording wording) {
		this.words = wording;
		this.page = system.openPage(wording.browserLocale());
		this.page.navigate(url);
	}

	private void sayIAmThePartner() {
		this.page.getByLabel(this.words.iAmAPartner()).check();
		clickContinue();
	}

	private void sayIWillSetItUpMyself() {
		assertThat(heading()).hasText(this.words.whoSetsUp());
		this.page.getByLabel(this.words.yesIWill()).check();
		clickContinue();
	}

	private void createThePartnerOrg(Org org) {
		assertThat(heading()).hasText(this.words.yourPartnerOrg());
		fillOrg(org);
		clickContinue();
	}

	private void nameTheCustomerAdmin(String email) {
		field(this.words.customerAdminEmail()).fill(email);
		clickContinue();
	}

	private void createTheCustomerOrg(Org org) {
		assertThat(heading()).hasText(this.words.theCustomersOrg());
		fillOrg(org);
		clickContinue();
	}

	private void checkTheSummaryAndInstallTheOrder(Org partnerOrg, String customerAdmin, Org customerOrg) {
		assertThat(heading()).hasText(this.words.confirmAndInstall());
		for (String detail : List.of(partnerOrg.name(), partnerOrg.country(), customerAdmin, customerOrg.name(),
				customerOrg.city())) {
			assertThat(this.page.getByRole(AriaRole.MAIN)).containsText(detail);
		}
		button(this.words.installOrder()).click();
	}

	private void createMyPassword(String password) {
		field(this.words.password()).fill(password);
		field(this.words.passwordAgain()).fill(password);
		button(this.words.savePassword()).click();
	}

	private void saveTheCallingSettings(String location, String emergencyNumber) {
		openServiceSetting(this.words.callingSettings());
		field(this.words.mainLocation()).fill(location);
		field(this.words.emergencyNumber()).fill(emergencyNumber);
		button(this.words.save()).click();
		assertSaved(this.words.callingSettings());
	}

	private void saveTheMeetingSettings(String language) {
		openServiceSetting(this.words.meetingSettings());
		field(language).check();
		button(this.words.save()).click();
		assertSaved(this.words.meetingSettings());
	}

	private void chooseTheSubdomain(String subdomain) {
		openServiceSetting(this.words.enterpriseSettings());
		field(this.words.subdomain()).fill(subdomain);
		button(this.words.checkAvailability()).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).containsText(subdomain + " " + this.words.isAvailable());
		button(this.words.save()).click();
		assertSaved(this.words.enterpriseSettings());
	}

	private void deployAndStartBilling() {
		button(this.words.deploy()).click();
	}

	private void signInToThePortal(String email, String password) {
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(this.words.signInToThePortal())).click();
		field(this.words.email()).fill(email);
		field(this.words.password()).fill(password);
		button(this.words.signIn()).click();
	}

	private void fillOrg(Org org) {
		field(this.words.orgName()).fill(org.name());
		field(this.words.streetAddress()).fill(org.streetAddress());
		field(this.words.postalCode()).fill(org.postalCode());
		field(this.words.city()).fill(org.city());
		field(this.words.country()).selectOption(new SelectOption().setLabel(org.country()));
	}

	private void openServiceSetting(String setting) {
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(setting).setExact(true)).click();
		assertThat(heading()).hasText(setting);
	}

	/** Back on the overview, the setting is marked saved. */
	private void assertSaved(String setting) {
		assertThat(heading()).hasText(this.words.setUpTheServices());
		assertThat(this.page.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText(setting)))
			.containsText(this.words.saved());
	}

	private void clickContinue() {
		button(this.words.continueButton()).click();
	}

	private Locator heading() {
		return this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
	}

	private Locator field(String label) {
		return this.page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
	}

	private Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
	}

	/** An organisation as the wizard's address form asks for it. */
	record Org(String name, String streetAddress, String postalCode, String city, String country) {

	}

	/**
	 * What the user reads, in one language: the texts of
	 * provisioning-service/src/main/resources/messages*.properties, and the language of
	 * the order's emails.
	 */
	record Wording(String browserLocale, String orderLocale, String configureNowSubject, String setUpYourOrder,
			String iAmAPartner, String continueButton, String whoSetsUp, String yesIWill, String yourPartnerOrg,
			String orgName, String streetAddress, String postalCode, String city, String country, String germany,
			String france, String customerAdminEmail, String theCustomersOrg, String confirmAndInstall,
			String installOrder, String installed, String password, String passwordAgain, String savePassword,
			String setUpTheServices, String callingSettings, String mainLocation, String emergencyNumber,
			String meetingSettings, String french, String enterpriseSettings, String subdomain,
			String checkAvailability, String isAvailable, String save, String saved, String deploy,
			String servicesAreLive, String signInToThePortal, String email, String signIn, String subscriptions,
			String active) {

		static final Wording ENGLISH = new Wording("en-US", "en", "Configure now: order", "Set up your order",
				"I am a partner (I resell this service)", "Continue", "Who sets up this order?", "Yes, I will",
				"Your partner organisation", "Organisation name", "Street address", "Postal code", "City", "Country",
				"Germany", "France", "Customer administrator's email address", "The customer's organisation",
				"Confirm and install", "Install order", "Your order was installed successfully.", "Password",
				"Type the password again", "Save password", "Set up the services", "Calling settings",
				"Main location name", "Emergency callback number", "Meeting settings", "French", "Enterprise settings",
				"Enterprise subdomain", "Check availability", "is available", "Save", "saved",
				"Deploy and start billing", "Your services are live", "Sign in to the portal", "Email", "Sign in",
				"Subscriptions", "Active");

		static final Wording FRENCH = new Wording("fr-FR", "fr", "Configurez maintenant\u00a0: commande",
				"Configurer votre commande", "Je suis un partenaire (je revends ce service)", "Continuer",
				"Qui configure cette commande ?", "Oui, je m'en charge", "Votre organisation partenaire",
				"Nom de l'organisation", "Adresse", "Code postal", "Ville", "Pays", "Allemagne", "France",
				"Adresse e-mail de l'administrateur du client", "L'organisation du client", "Confirmer et installer",
				"Installer la commande", "Votre commande a été installée avec succès.", "Mot de passe",
				"Saisissez à nouveau le mot de passe", "Enregistrer le mot de passe", "Configurer les services",
				"Paramètres d'appel", "Nom du site principal", "Numéro de rappel d'urgence", "Paramètres de réunion",
				"Français", "Paramètres d'entreprise", "Sous-domaine d'entreprise", "Vérifier la disponibilité",
				"est disponible", "Enregistrer", "enregistré", "Déployer et démarrer la facturation",
				"Vos services sont en service", "Se connecter au portail", "E-mail", "Se connecter", "Abonnements",
				"Actif");

	}

}
