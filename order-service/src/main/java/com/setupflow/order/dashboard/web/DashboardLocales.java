package com.setupflow.order.dashboard.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Pages speak the browser's language when it is English or French ({@code fr-CA} counts
 * as French), and English otherwise: never the server's own locale.
 */
@Configuration(proxyBeanMethods = false)
class DashboardLocales {

	static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

	/** The name DispatcherServlet looks for; Spring Boot's own resolver backs off. */
	@Bean
	LocaleResolver localeResolver() {
		AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
		resolver.setSupportedLocales(SUPPORTED);
		resolver.setDefaultLocale(Locale.ENGLISH);
		return resolver;
	}

}
