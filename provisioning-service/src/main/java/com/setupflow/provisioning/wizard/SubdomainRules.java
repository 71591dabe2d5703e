package com.setupflow.provisioning.wizard;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.setupflow.provisioning.input.Issues;

/**
 * An enterprise subdomain is one DNS label (RFC 1035 as relaxed by RFC 1123): 1 to 63
 * letters, digits and hyphens, starting and ending with a letter or digit. Names that the
 * vendor's own sites use are reserved.
 */
final class SubdomainRules {

	private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

	private static final Set<String> RESERVED = Set.of("www", "api", "admin", "mail", "support", "status", "help",
			"login", "setup");

	private SubdomainRules() {
	}

	/** The subdomain as stored, lower case, or {@code null} when it breaks a rule. */
	static String check(Issues issues, String value) {
		if (value == null || value.isBlank()) {
			issues.add("subdomain", "required", "error.required");
			return null;
		}
		String label = value.strip().toLowerCase(Locale.ROOT);
		if (label.length() > 63) {
			issues.add("subdomain", "max-length", "error.maxLength", 63);
			return null;
		}
		if (!LABEL.matcher(label).matches()) {
			issues.add("subdomain", "dns-label", "error.subdomainSyntax");
			return null;
		}
		if (RESERVED.contains(label)) {
			issues.add("subdomain", "reserved", "error.subdomainReserved", label);
			return null;
		}
		return label;
	}

}
