package com.setupflow.provisioning.input;

import java.util.List;

/**
 * Input breaks a rule; nothing was saved. Pages show each issue on its field, the API
 * answers a problem naming them.
 */
public class InputRejected extends RuntimeException {

	private final List<FieldIssue> issues;

	public InputRejected(List<FieldIssue> issues) {
		super("Rejected: " + issues.stream().map((issue) -> issue.field() + " " + issue.rule()).toList());
		this.issues = List.copyOf(issues);
	}

	public InputRejected(FieldIssue issue) {
		this(List.of(issue));
	}

	public List<FieldIssue> getIssues() {
		return this.issues;
	}

}
