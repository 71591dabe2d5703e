package com.setupflow.provisioning.wizard;

import java.util.ArrayList;
import java.util.List;

/** Collects a step's field issues, then rejects the step when there are any. */
final class Issues {

	private final List<FieldIssue> found = new ArrayList<>();

	Issues add(String field, String rule, String code, Object... arguments) {
		this.found.add(new FieldIssue(field, rule, code, List.of(arguments)));
		return this;
	}

	boolean has(String field) {
		return this.found.stream().anyMatch((issue) -> issue.field().equals(field));
	}

	boolean isEmpty() {
		return this.found.isEmpty();
	}

	void throwIfAny() {
		if (!this.found.isEmpty()) {
			throw new StepRejected(this.found);
		}
	}

}
