package com.setupflow.provisioning.input;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.setupflow.provisioning.input.FieldIssue;

/**
 * Puts field issues into the reader's words, for the pages and the API alike. A code
 * without a text shows as itself rather than failing the answer.
 */
@Component
public class FieldMessages {

	private final MessageSource messages;

	FieldMessages(MessageSource messages) {
		this.messages = messages;
	}

	public String messageOf(FieldIssue issue, Locale locale) {
		return this.messages.getMessage(issue.code(), issue.arguments().toArray(), issue.code(),
				(locale != null) ? locale : Locale.ENGLISH);
	}

	/** One message per field, the first issue of each. */
	public Map<String, String> of(List<FieldIssue> issues, Locale locale) {
		Map<String, String> byField = new LinkedHashMap<>();
		for (FieldIssue issue : issues) {
			byField.putIfAbsent(issue.field(), messageOf(issue, locale));
		}
		return byField;
	}

}
