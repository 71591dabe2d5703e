package com.setupflow.notification.template;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import static org.assertj.core.api.Assertions.assertThat;

class MailRendererTests {

	private static final MailRenderer renderer = new MailRenderer();

	/** An unresolved message shows as ??key_locale?? and a missing template fails. */
	@ParameterizedTest
	@EnumSource(MailTemplate.class)
	void rendersEveryTemplateCompletelyInEnglishAndFrench(MailTemplate template) {
		// The order's number, or for the portal's emails the customer's org.
		String subjectOfTheEmail = isAboutAnOrder(template) ? "CCW-1" : "Globex SA";
		for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
			RenderedMail mail = renderer.render(template, locale, fullModel(), subjectArguments(template));

			assertThat(mail.subject()).contains(subjectOfTheEmail).doesNotContain("??", "{", "null");
			assertThat(mail.text()).contains(subjectOfTheEmail).doesNotContain("??", "{0}", "null");
			assertThat(mail.html()).contains(subjectOfTheEmail, "lang=\"" + locale.getLanguage() + "\"")
				.doesNotContain("??", "{0}", "null");
			assertSitsInTheFrame(mail.html());
		}
	}

	/** The email's own content once, between the shared brand bar and footer. */
	private static void assertSitsInTheFrame(String html) {
		assertThat(html).containsOnlyOnce("<h1").containsOnlyOnce("<title>");
		int brand = html.indexOf("background-color:#0b3d6e");
		int heading = html.indexOf("<h1");
		int footer = html.indexOf("border-top:1px solid #e4e7eb");
		assertThat(brand).isPositive().isLessThan(heading);
		assertThat(heading).isLessThan(footer);
	}

	@ParameterizedTest
	@EnumSource(MailTemplate.class)
	void leavesOutWhatTheEventDidNotSay(MailTemplate template) {
		Map<String, Object> model = new HashMap<>();
		model.put("orderNumber", "CCW-1");
		model.put("products", List.of());
		model.put("reader", "contact");
		model.put("setupUrl", "https://setup.example/s/abc");
		model.put("dashboardUrl", "https://orders.example/dashboard");
		model.put("acceptUrl", "https://portal.example/invitations/abc");
		model.put("manageUrl", "https://portal.example/portal/subscriptions/1");

		RenderedMail mail = renderer.render(template, Locale.ENGLISH, model, "CCW-1");

		assertThat(mail.text()).doesNotContain("null", "Customer:", "Reason:");
		assertThat(mail.html()).doesNotContain("null", ">Customer<", ">Reason<");
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "configure-now:setupUrl", "order-stalled:dashboardUrl", "partner-org-disputed:dashboardUrl",
					"org-user-invited:acceptUrl", "trial-ending-soon:manageUrl", "trial-expired:manageUrl" })
	void writesTheLinkRawInTextAndEscapedInHtml(String templateAndLink) {
		String[] parts = templateAndLink.split(":");
		MailTemplate template = MailTemplate.ofId(parts[0]);
		Map<String, Object> model = fullModel();
		RenderedMail mail = renderer.render(template, Locale.ENGLISH, model, subjectArguments(template));

		String link = (String) model.get(parts[1]);
		assertThat(mail.text()).contains(link);
		assertThat(mail.html()).contains("href=\"" + link.replace("&", "&amp;") + "\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "partner", "customer", "other" })
	void invitesAnOrgUserInTheWordsOfTheirRole(String role) {
		Map<String, Object> model = fullModel();
		model.put("role", role);

		String english = renderer
			.render(MailTemplate.ORG_USER_INVITED, Locale.ENGLISH, model, "Acme Networks", "Globex SA")
			.text();
		String french = renderer
			.render(MailTemplate.ORG_USER_INVITED, Locale.FRENCH, model, "Acme Networks", "Globex SA")
			.text();

		assertThat(english).contains(Map.of("partner",
				"Acme Networks invited you to join Globex SA on setupflow as an administrator, to manage the subscriptions of its customers.",
				"customer", "Acme Networks invited you to manage the subscriptions of Globex SA on setupflow.", "other",
				"Acme Networks invited you to manage Globex SA on setupflow.")
			.get(role));
		assertThat(french).contains(Map.of("partner",
				"Acme Networks vous a invité à rejoindre Globex SA sur setupflow en tant qu’administrateur, pour gérer les abonnements de ses clients.",
				"customer", "Acme Networks vous a invité à gérer les abonnements de Globex SA sur setupflow.", "other",
				"Acme Networks vous a invité à gérer Globex SA sur setupflow.")
			.get(role));
	}

	@Test
	void greetsAnInvitedUserWithoutANameAndNamesSomeoneWhenTheEventDoesNotSayWhoInvited() {
		Map<String, Object> model = fullModel();
		model.remove("name");
		model.remove("invitedBy");
		model.remove("orgName");

		RenderedMail mail = renderer.render(MailTemplate.ORG_USER_INVITED, Locale.ENGLISH, model,
				new DefaultMessageSourceResolvable("org-user-invited.someone"),
				new DefaultMessageSourceResolvable("org-user-invited.yourOrg"));

		assertThat(mail.subject()).isEqualTo("An administrator invited you to manage your organisation on setupflow");
		assertThat(mail.text()).contains("Hello,\n",
				"An administrator invited you to manage the subscriptions of your organisation on setupflow.");
		assertThat(mail.html()).contains(">Hello,</p>");
	}

	@ParameterizedTest
	@EnumSource(value = MailTemplate.class, names = { "TRIAL_ENDING_SOON", "TRIAL_EXPIRED" })
	void writesATrialNoticeWithoutItsDateOrNames(MailTemplate template) {
		Map<String, Object> model = fullModel();
		model.remove("endsAt");
		model.remove("expiredAt");
		model.remove("customerName");
		model.remove("productName");

		for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
			RenderedMail mail = renderer.render(template, locale, model,
					new DefaultMessageSourceResolvable("mail.yourCustomer"),
					new DefaultMessageSourceResolvable("mail.thisProduct"));

			assertThat(mail.subject()).contains(
					Locale.ENGLISH.equals(locale) ? "this product for your customer" : "ce produit pour votre client");
			assertThat(mail.text()).doesNotContain("??", "{", "null", " on .", " le .");
			assertThat(mail.text()).contains(Locale.ENGLISH.equals(locale)
					? "The trial of this product for your customer" : "L’essai de ce produit pour votre client");
		}
	}

	private static boolean isAboutAnOrder(MailTemplate template) {
		return template != MailTemplate.ORG_USER_INVITED && template != MailTemplate.TRIAL_ENDING_SOON
				&& template != MailTemplate.TRIAL_EXPIRED;
	}

	/** What the service passes to each template's subject. */
	private static Object[] subjectArguments(MailTemplate template) {
		if (template == MailTemplate.ORG_USER_INVITED) {
			return new Object[] { "Acme Networks", "Globex SA" };
		}
		if (template == MailTemplate.TRIAL_ENDING_SOON || template == MailTemplate.TRIAL_EXPIRED) {
			return new Object[] { "Globex SA", "Signatures for Microsoft 365" };
		}
		return new Object[] { "CCW-1" };
	}

	@ParameterizedTest
	@ValueSource(strings = { "contact", "colleague", "customer" })
	void writesConfigureNowCompletelyForEveryReader(String reader) {
		Map<String, Object> model = fullModel();
		model.put("reader", reader);
		for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
			RenderedMail mail = renderer.render(MailTemplate.CONFIGURE_NOW, locale, model, "CCW-1");

			assertThat(mail.text()).doesNotContain("??", "{", "null");
			assertThat(mail.html()).doesNotContain("??", "{", "null");
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 2 })
	void namesTheCustomersServicesInTheInvitationItsPartnerSends(int count) {
		Map<String, Object> model = fullModel();
		model.put("reader", "customer");
		model.put("products", List.of("Webex Calling", "Webex Meetings").subList(0, count));

		String english = renderer.render(MailTemplate.CONFIGURE_NOW, Locale.ENGLISH, model, "CCW-1").text();
		String french = renderer.render(MailTemplate.CONFIGURE_NOW, Locale.FRENCH, model, "CCW-1").text();

		assertThat(english).contains(List.of("Acme Networks invites you to set up your services.",
				"Acme Networks invites you to set up your Webex Calling service.",
				"Acme Networks invites you to set up your Webex Calling, Webex Meetings services.")
			.get(count));
		assertThat(french)
			.contains(List
				.of("Acme Networks vous invite à configurer vos services.",
						"Acme Networks vous invite à configurer votre service Webex Calling.",
						"Acme Networks vous invite à configurer vos services Webex Calling, Webex Meetings.")
				.get(count));
		// The reader is the customer's admin: no offer to hand the setup to the customer.
		assertThat(english).doesNotContain("to the customer");
	}

	@ParameterizedTest
	@ValueSource(strings = { "colleague", "customer" })
	void namesSomeoneWhenTheEventDoesNotSayWhoHandedTheSetupOver(String reader) {
		Map<String, Object> model = fullModel();
		model.put("reader", reader);
		model.remove("requestedBy");
		model.remove("partnerName");

		String text = renderer.render(MailTemplate.CONFIGURE_NOW, Locale.ENGLISH, model, "CCW-1").text();

		assertThat(text).contains(reader.equals("colleague") ? "A colleague asked you to set up order CCW-1."
				: "Your partner invites you to set up your Webex Suite (Flex) service.");
	}

	private static Map<String, Object> fullModel() {
		Map<String, Object> model = new HashMap<>();
		model.put("orderNumber", "CCW-1");
		model.put("partnerName", "Acme Networks");
		model.put("customerName", "Globex SA");
		model.put("products", List.of("Webex Suite (Flex)"));
		model.put("startDate", LocalDate.parse("2026-12-01"));
		model.put("expiresAt", Instant.parse("2026-12-30T23:00:00Z").atZone(ZoneOffset.UTC));
		model.put("invitedAt", Instant.parse("2026-11-30T23:00:00Z").atZone(ZoneOffset.UTC));
		model.put("contactEmail", "deploy@acme.example");
		model.put("reason", "Customer withdrew");
		model.put("setupUrl", "https://setup.example/s/abc?a=1&b=2");
		model.put("dashboardUrl", "https://orders.example/dashboard?rep=1&x=2");
		model.put("reader", "contact");
		model.put("requestedBy", "lead@acme.example");
		model.put("partnerOrgName", "Acme Networks EMEA");
		model.put("partnerOrgId", "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f");
		model.put("reportedBy", "deploy@acme.example");
		model.put("reportedAt", Instant.parse("2026-12-01T09:14:03Z").atZone(ZoneOffset.UTC));
		model.put("orgName", "Globex SA");
		model.put("invitedBy", "Acme Networks");
		model.put("name", "Grace Hopper");
		model.put("email", "it@globex.example");
		model.put("role", "customer");
		model.put("acceptUrl", "https://portal.example/invitations/abc?a=1&b=2");
		model.put("productName", "Signatures for Microsoft 365");
		model.put("manageUrl", "https://portal.example/portal/subscriptions/1?a=1&b=2");
		model.put("endsAt", Instant.parse("2026-12-15T10:15:00Z").atZone(ZoneOffset.UTC));
		model.put("expiredAt", Instant.parse("2026-12-15T10:15:04Z").atZone(ZoneOffset.UTC));
		return model;
	}

}
