package com.setupflow.provisioning.wizard;

import java.util.List;

/**
 * A step's input breaks a rule; nothing was saved. Pages show each issue on its field,
 * the API answers a problem naming them.
 */
public class StepRejected extends RuntimeException {

	private final List<FieldIssue> issues;

	public StepRejected(List<FieldIssue> issues) {
		super("Rejected: " + issues.stream().map((issue) -> issue.field() + " " + issue.rule()).toList());
		this.issues = List.copyOf(issues);
	}

	public StepRejected(FieldIssue issue) {
		this(List.of(issue));
	}

	public List<FieldIssue> getIssues() {
		return this.issues;
	}

}
