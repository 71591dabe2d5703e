package com.setupflow.provisioning.wizard.web.api;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.setupflow.platform.web.FieldProblem;
import com.setupflow.provisioning.wizard.FieldIssue;

/**
 * Says a field issue for a person, in the language the pages would use. A code without a
 * text yet falls back to the code itself: a client still gets the field and the rule,
 * which is what it acts on.
 */
@Component
class IssueMessages {

	private final MessageSource messages;

	IssueMessages(MessageSource messages) {
		this.messages = messages;
	}

	String messageOf(FieldIssue issue, Locale locale) {
		return this.messages.getMessage(issue.code(), issue.arguments().toArray(), issue.code(),
				(locale != null) ? locale : Locale.ENGLISH);
	}

	FieldProblem problemOf(FieldIssue issue, Locale locale) {
		return new FieldProblem(issue.field(), issue.rule(), messageOf(issue, locale));
	}

}
