package com.setupflow.notification.template;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MailRendererTests {

	private static final MailRenderer renderer = new MailRenderer();

	/** An unresolved message shows as ??key_locale?? and a missing template fails. */
	@ParameterizedTest
	@EnumSource(MailTemplate.class)
	void rendersEveryTemplateCompletelyInEnglishAndFrench(MailTemplate template) {
		for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
			RenderedMail mail = renderer.render(template, locale, fullModel(), "CCW-1");

			assertThat(mail.subject()).contains("CCW-1").doesNotContain("??");
			assertThat(mail.text()).contains("CCW-1").doesNotContain("??", "{0}", "null");
			assertThat(mail.html()).contains("CCW-1", "lang=\"" + locale.getLanguage() + "\"")
				.doesNotContain("??", "{0}", "null");
		}
	}

	@ParameterizedTest
	@EnumSource(MailTemplate.class)
	void leavesOutWhatTheEventDidNotSay(MailTemplate template) {
		Map<String, Object> model = new HashMap<>();
		model.put("orderNumber", "CCW-1");
		model.put("products", List.of());
		model.put("setupUrl", "https://setup.example/s/abc");
		model.put("dashboardUrl", "https://orders.example/dashboard");

		RenderedMail mail = renderer.render(template, Locale.ENGLISH, model, "CCW-1");

		assertThat(mail.text()).doesNotContain("null", "Customer:", "Reason:");
		assertThat(mail.html()).doesNotContain("null", ">Customer<", ">Reason<");
	}

	@ParameterizedTest
	@ValueSource(strings = { "configure-now", "order-stalled" })
	void writesTheLinkRawInTextAndEscapedInHtml(String id) {
		Map<String, Object> model = fullModel();
		RenderedMail mail = renderer.render(MailTemplate.ofId(id), Locale.ENGLISH, model, "CCW-1");

		String link = (String) model.get(id.equals("configure-now") ? "setupUrl" : "dashboardUrl");
		assertThat(mail.text()).contains(link);
		assertThat(mail.html()).contains("href=\"" + link.replace("&", "&amp;") + "\"");
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
		return model;
	}

}
