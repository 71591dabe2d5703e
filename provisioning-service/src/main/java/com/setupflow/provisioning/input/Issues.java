package com.setupflow.provisioning.input;

import java.util.ArrayList;
import java.util.List;

/** Collects a step's field issues, then rejects the step when there are any. */
public final class Issues {

	private final List<FieldIssue> found = new ArrayList<>();

	public Issues add(String field, String rule, String code, Object... arguments) {
		this.found.add(new FieldIssue(field, rule, code, List.of(arguments)));
		return this;
	}

	public boolean has(String field) {
		return this.found.stream().anyMatch((issue) -> issue.field().equals(field));
	}

	public boolean isEmpty() {
		return this.found.isEmpty();
	}

	public void throwIfAny() {
		if (!this.found.isEmpty()) {
			throw new InputRejected(this.found);
		}
	}

}
