package com.setupflow.provisioning.input;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.setupflow.provisioning.org.OrgDetails;

/**
 * The rules for what people type: required, length, no control characters, email syntax,
 * ISO country codes.
 */
public final class TextRules {

	public static final int MAX_EMAIL = 254;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\u200d]]");

	private static final Pattern POSTAL_CODE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} -]*");

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private TextRules() {
	}

	/** Checks a required line of text; returns it stripped when it is valid. */
	public static String line(Issues issues, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			issues.add(field, "required", "error.required");
			return null;
		}
		String stripped = value.strip();
		if (stripped.length() > max) {
			issues.add(field, "max-length", "error.maxLength", max);
		}
		else if (CONTROL.matcher(stripped).find()) {
			issues.add(field, "no-control-characters", "error.controlCharacters");
		}
		return stripped;
	}

	/** Checks a required email address; returns it normalised when it is valid. */
	public static String email(Issues issues, String field, String value) {
		if (value == null || value.isBlank()) {
			issues.add(field, "required", "error.required");
			return null;
		}
		String stripped = value.strip();
		if (stripped.length() > MAX_EMAIL) {
			issues.add(field, "max-length", "error.maxLength", MAX_EMAIL);
			return null;
		}
		if (!EMAIL.matcher(stripped).matches() || CONTROL.matcher(stripped).find()) {
			issues.add(field, "email", "error.email");
			return null;
		}
		return stripped.toLowerCase(Locale.ROOT);
	}

	/** Checks an organisation's details; returns them cleaned up. */
	public static OrgDetails org(Issues issues, String prefix, OrgDetails details) {
		OrgDetails given = (details != null) ? details : new OrgDetails(null, null, null, null, null);
		String name = line(issues, prefix + ".name", given.name(), 200);
		String country = country(issues, prefix + ".country", given.country());
		String addressLine = line(issues, prefix + ".addressLine", given.addressLine(), 200);
		String city = line(issues, prefix + ".city", given.city(), 100);
		String postalCode = line(issues, prefix + ".postalCode", given.postalCode(), 20);
		if (postalCode != null && !issues.has(prefix + ".postalCode") && !POSTAL_CODE.matcher(postalCode).matches()) {
			issues.add(prefix + ".postalCode", "postal-code", "error.postalCode");
		}
		return new OrgDetails(name, country, addressLine, city, postalCode);
	}

	private static String country(Issues issues, String field, String value) {
		if (value == null || value.isBlank()) {
			issues.add(field, "required", "error.required");
			return null;
		}
		String code = value.strip().toUpperCase(Locale.ROOT);
		if (!COUNTRIES.contains(code)) {
			issues.add(field, "iso-country", "error.country");
			return null;
		}
		return code;
	}

}
