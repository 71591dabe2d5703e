package com.setupflow.provisioning.portal;

import java.math.BigInteger;

import com.setupflow.provisioning.input.Issues;

/** The rule for a number of users typed in a form: a whole number from 1 to a limit. */
final class UserCounts {

	private UserCounts() {
	}

	/**
	 * @param limit the most allowed
	 * @return the number, or {@code null} when it breaks the rule (an issue is added)
	 */
	static Integer check(Issues issues, String field, String typed, int limit) {
		if (typed == null || typed.isBlank()) {
			issues.add(field, "required", "error.required");
			return null;
		}
		BigInteger count;
		try {
			// Any length: "99999999999" is over the limit, not "not a number".
			count = new BigInteger(typed.strip());
		}
		catch (NumberFormatException ex) {
			issues.add(field, "whole-number", "error.wholeNumber");
			return null;
		}
		if (count.signum() < 1) {
			issues.add(field, "min", "error.usersAtLeastOne");
			return null;
		}
		if (count.compareTo(BigInteger.valueOf(limit)) > 0) {
			issues.add(field, "max", "error.usersAtMost", limit);
			return null;
		}
		return count.intValueExact();
	}

}
