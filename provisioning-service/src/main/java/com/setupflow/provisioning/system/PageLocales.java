package com.setupflow.provisioning.system;

import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Pages speak the browser's language when it is English or French, and English otherwise.
 * Without the supported list, a German browser would get whatever the server's own locale
 * happens to be.
 */
@Configuration(proxyBeanMethods = false)
class PageLocales {

	/** Named so that it replaces Spring Boot's default resolver. */
	@Bean
	LocaleResolver localeResolver() {
		AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
		resolver.setSupportedLocales(List.of(Locale.ENGLISH, Locale.FRENCH));
		resolver.setDefaultLocale(Locale.ENGLISH);
		return resolver;
	}

}
