package com.setupflow.notification.template;

import java.util.regex.Pattern;

/**
 * User-supplied text (names, order numbers, reasons) made fit for one line of an email:
 * line breaks and control characters could forge lines of a plain-text email or a mail
 * header, and invisible direction marks could disguise what a reader sees. HTML escaping
 * is left to the templates ({@code th:text}).
 */
public final class SafeText {

	private static final Pattern BREAKS_AND_CONTROLS = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}]");

	private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\uFEFF]");

	private static final Pattern RUNS_OF_SPACES = Pattern.compile("\\s{2,}");

	private SafeText() {
	}

	/**
	 * One trimmed line of at most {@code maxLength} characters, or {@code null} when
	 * nothing visible is left.
	 */
	public static String line(String text, int maxLength) {
		if (text == null) {
			return null;
		}
		String visible = INVISIBLE.matcher(text).replaceAll("");
		String oneLine = BREAKS_AND_CONTROLS.matcher(visible).replaceAll(" ");
		String cleaned = RUNS_OF_SPACES.matcher(oneLine).replaceAll(" ").strip();
		if (cleaned.isEmpty()) {
			return null;
		}
		return (cleaned.length() > maxLength) ? cleaned.substring(0, maxLength - 1).strip() + "…" : cleaned;
	}

}
