package com.setupflow.provisioning.input;

import java.util.Locale;

import com.setupflow.provisioning.input.Issues;

/**
 * What a new password must be, as the page lists it: long enough to resist guessing
 * (length beats character classes, as NIST SP 800-63B says), not the address itself, and
 * typed the same twice.
 */
public final class PasswordRules {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	private PasswordRules() {
	}

	public static void check(Issues issues, String email, String password, String confirmation) {
		if (password == null || password.isEmpty()) {
			issues.add("password", "required", "error.required");
			return;
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			issues.add("password", "min-length", "error.passwordTooShort", MIN_LENGTH);
		}
		else if (length > MAX_LENGTH) {
			issues.add("password", "max-length", "error.maxLength", MAX_LENGTH);
		}
		else if (password.codePoints().distinct().count() == 1) {
			issues.add("password", "not-repetitive", "error.passwordRepetitive");
		}
		else if (password.toLowerCase(Locale.ROOT).contains(email.toLowerCase(Locale.ROOT))
				|| password.toLowerCase(Locale.ROOT).contains(localPart(email))) {
			issues.add("password", "not-email", "error.passwordIsEmail");
		}
		if (!password.equals(confirmation)) {
			issues.add("passwordConfirmation", "matches", "error.passwordMismatch");
		}
	}

	private static String localPart(String email) {
		int at = email.indexOf('@');
		String local = (at > 0) ? email.substring(0, at) : email;
		// Short local parts such as "jo" are in many good passwords by chance.
		return (local.length() >= 4) ? local.toLowerCase(Locale.ROOT) : "\u0000";
	}

}
