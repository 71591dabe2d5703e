package com.setupflow.provisioning.wizard.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.setupflow.provisioning.wizard.FieldIssue;

/** Puts field issues into the reader's words, one message per field. */
@Component
class FieldMessages {

	private final MessageSource messages;

	FieldMessages(MessageSource messages) {
		this.messages = messages;
	}

	Map<String, String> of(List<FieldIssue> issues, Locale locale) {
		Map<String, String> byField = new LinkedHashMap<>();
		for (FieldIssue issue : issues) {
			byField.putIfAbsent(issue.field(),
					this.messages.getMessage(issue.code(), issue.arguments().toArray(), issue.code(), locale));
		}
		return byField;
	}

}
