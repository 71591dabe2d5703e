package com.setupflow.order.dashboard.web;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.FieldError;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What an action tells the rep on the page it redirects to (Post/Redirect/Get: reloading
 * that page repeats nothing). Messages are resolved now, in the language of the request.
 */
@Component
class Flash {

	private final MessageSource messages;

	Flash(MessageSource messages) {
		this.messages = messages;
	}

	/** It was done. */
	void notice(RedirectAttributes flash, Locale locale, String code, Object... args) {
		flash.addFlashAttribute("notice", this.messages.getMessage(code, args, locale));
	}

	/** It was not done, and why. */
	void alert(RedirectAttributes flash, Locale locale, String code, Object... args) {
		flash.addFlashAttribute("alert", this.messages.getMessage(code, args, locale));
	}

	/** A field was refused: a summary at the top, the reason next to the field. */
	void fieldProblem(RedirectAttributes flash, Locale locale, String orderNumber, UUID orderId, FieldError error) {
		alert(flash, locale, "dashboard.alert.invalid", orderNumber);
		flash.addFlashAttribute("problem", new FormProblem(orderId.toString(), error.getField(),
				this.messages.getMessage(error, locale), Objects.toString(error.getRejectedValue(), "")));
	}

	/** A label of the dashboard, e.g. a status, in the rep's language. */
	String label(String code, Locale locale) {
		return this.messages.getMessage(code, null, code, locale);
	}

}
