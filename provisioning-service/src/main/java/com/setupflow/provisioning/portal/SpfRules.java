package com.setupflow.provisioning.portal;

import java.util.Locale;
import java.util.regex.Pattern;

import com.setupflow.provisioning.input.Issues;

/**
 * What an SPF record must be before it is saved (RFC 7208): {@code v=spf1} first, then
 * mechanisms and modifiers of the right shape, no more than ten that cost a DNS lookup,
 * short enough for one DNS answer, and it must include the product's domain, or mail sent
 * through the service fails SPF.
 */
final class SpfRules {

	/** A record longer than this does not fit a DNS answer over UDP (RFC 7208 3.4). */
	static final int MAX_LENGTH = 450;

	/** RFC 7208 4.6.4: more DNS lookups than this make the whole record fail. */
	static final int MAX_LOOKUPS = 10;

	private static final String DOMAIN = "(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?\\.)+[a-z][a-z0-9-]{0,62}\\.?";

	// Macros (%{d} and friends) are legal in domain specs; we accept them as such.
	private static final String DOMAIN_SPEC = "(?:" + DOMAIN
			+ "|[a-z0-9._%{}+=-]*%\\{[a-z0-9.+_-]*\\}[a-z0-9._%{}+=-]*)";

	private static final String IP4 = "(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}";

	private static final String IP6 = "[0-9a-f:.]*:[0-9a-f:.]*";

	private static final Pattern MECHANISM = Pattern.compile("[+\\-~?]?(?:all|include:" + DOMAIN_SPEC + "|exists:"
			+ DOMAIN_SPEC + "|a(?::" + DOMAIN_SPEC + ")?(?:/\\d{1,2})?(?://\\d{1,3})?|mx(?::" + DOMAIN_SPEC
			+ ")?(?:/\\d{1,2})?(?://\\d{1,3})?|ptr(?::" + DOMAIN_SPEC + ")?|ip4:" + IP4
			+ "(?:/(?:3[0-2]|[12]?\\d))?|ip6:" + IP6 + "(?:/(?:12[0-8]|1[01]\\d|[1-9]?\\d))?)");

	private static final Pattern MODIFIER = Pattern
		.compile("(?:redirect|exp)=" + DOMAIN_SPEC + "|[a-z][a-z0-9_.-]*=[\\x21-\\x7e]*");

	private static final Pattern LOOKUP = Pattern
		.compile("[+\\-~?]?(?:include:|exists:|a\\b|a:|a/|mx\\b|mx:|mx/|ptr\\b|ptr:|redirect=).*");

	private static final Pattern PRINTABLE_ASCII = Pattern.compile("[\\x20-\\x7e]*");

	private SpfRules() {
	}

	/**
	 * @param include the domain the record must include, e.g.
	 * {@code spf.m365.signatures.setupflow.example}
	 * @return the record as it will be saved (trimmed, single spaces), or {@code null}
	 * when it breaks a rule (issues on field {@code spfRecord})
	 */
	static String check(Issues issues, String typed, String include) {
		if (typed == null || typed.isBlank()) {
			issues.add("spfRecord", "required", "error.required");
			return null;
		}
		String record = typed.strip().replaceAll(" +", " ");
		if (record.length() > MAX_LENGTH) {
			issues.add("spfRecord", "max-length", "error.maxLength", MAX_LENGTH);
			return null;
		}
		if (!PRINTABLE_ASCII.matcher(record).matches()) {
			issues.add("spfRecord", "spf-syntax", "error.spfCharacters");
			return null;
		}
		String[] terms = record.split(" ");
		if (!terms[0].equalsIgnoreCase("v=spf1")) {
			issues.add("spfRecord", "spf-version", "error.spfVersion");
			return null;
		}
		int lookups = 0;
		boolean included = false;
		for (int i = 1; i < terms.length; i++) {
			String term = terms[i].toLowerCase(Locale.ROOT);
			if (!MECHANISM.matcher(term).matches() && !MODIFIER.matcher(term).matches()) {
				issues.add("spfRecord", "spf-syntax", "error.spfTerm", terms[i]);
				return null;
			}
			if (LOOKUP.matcher(term).matches()) {
				lookups++;
			}
			included |= term.matches("[+]?include:" + Pattern.quote(include.toLowerCase(Locale.ROOT)) + "\\.?");
		}
		if (!included) {
			issues.add("spfRecord", "spf-include", "error.spfInclude", "include:" + include);
			return null;
		}
		if (lookups > MAX_LOOKUPS) {
			issues.add("spfRecord", "spf-lookups", "error.spfLookups", MAX_LOOKUPS);
			return null;
		}
		return record;
	}

}
