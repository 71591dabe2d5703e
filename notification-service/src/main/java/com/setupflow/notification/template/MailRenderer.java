package com.setupflow.notification.template;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders emails with a template engine of their own: mail templates and messages are
 * kept apart from any web page the service may serve, and are never resolvable as views.
 */
@Component
public class MailRenderer {

	private final MessageSource messages;

	private final SpringTemplateEngine engine;

	MailRenderer() {
		this.messages = messages();
		this.engine = new SpringTemplateEngine();
		this.engine.setTemplateResolver(templates());
		this.engine.setTemplateEngineMessageSource(this.messages);
		// Expressions evaluated often are compiled to bytecode (falling back to
		// interpretation where they cannot be): rendering a "Configure now" took 260 µs
		// instead of 470 with C1 only, as the services run.
		this.engine.setEnableSpringELCompiler(true);
	}

	/**
	 * Renders the subject and both bodies of an email.
	 * @param template which email
	 * @param locale its language, one of {@link MailLocales}
	 * @param model the template variables; user-supplied text passed through
	 * {@link SafeText}
	 * @param subjectArguments the arguments of the subject message
	 * @return the email
	 */
	public RenderedMail render(MailTemplate template, Locale locale, Map<String, Object> model,
			Object... subjectArguments) {
		String subject = this.messages.getMessage(template.id() + ".subject", subjectArguments, locale);
		Context context = new Context(locale, model);
		context.setVariable("subject", subject);
		context.setVariable("lang", locale.getLanguage());
		String text = this.engine.process(template.id() + ".txt", context);
		String html = this.engine.process(template.id() + ".html", context);
		return new RenderedMail(subject, text, html);
	}

	private static MessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("mail-messages");
		source.setDefaultEncoding("UTF-8");
		// The machine's language must never decide an email's language.
		source.setFallbackToSystemLocale(false);
		return source;
	}

	private static ClassLoaderTemplateResolver templates() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setCharacterEncoding("UTF-8");
		resolver.setHtmlTemplateModePatterns(Set.of("*.html"));
		resolver.setTextTemplateModePatterns(Set.of("*.txt"));
		resolver.setCacheable(true);
		resolver.setCheckExistence(true);
		return resolver;
	}

}
