package com.setupflow.notification.template;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailLocalesTests {

	@Test
	void writesFrenchForEveryFrenchVariant() {
		assertThat(MailLocales.resolve("fr")).isEqualTo(Locale.FRENCH);
		assertThat(MailLocales.resolve("fr-CA")).isEqualTo(Locale.FRENCH);
		assertThat(MailLocales.resolve("fr_BE")).isEqualTo(Locale.FRENCH);
	}

	@Test
	void writesEnglishForEnglishAndForEverythingElse() {
		assertThat(MailLocales.resolve("en-GB")).isEqualTo(Locale.ENGLISH);
		assertThat(MailLocales.resolve("de")).isEqualTo(Locale.ENGLISH);
		assertThat(MailLocales.resolve("not a language")).isEqualTo(Locale.ENGLISH);
		assertThat(MailLocales.resolve(null)).isEqualTo(Locale.ENGLISH);
	}

}
