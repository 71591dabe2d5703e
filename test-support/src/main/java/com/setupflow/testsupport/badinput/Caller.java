package com.setupflow.testsupport.badinput;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who sends a corpus row: the headers that make them who they are, and, for people signed
 * in to pages, the CSRF token their last page carried.
 *
 * @param headers sent with every request of this caller
 * @param csrfToken what a form of their page carries in {@code _csrf}, or {@code null}
 */
public record Caller(Map<String, String> headers, String csrfToken) {

	public Caller {
		headers = Map.copyOf(headers);
	}

	/** A machine client with an API key. */
	public static Caller bearer(String key) {
		return new Caller(Map.of("Authorization", "Bearer " + key, "Accept", "application/json"), null);
	}

	/** An org user calling an API with HTTP Basic credentials. */
	public static Caller basic(String user, String password) {
		String credentials = Base64.getEncoder()
			.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		return new Caller(
				Map.of("Authorization", "Basic " + credentials, "Accept", "application/json", "Accept-Language", "en"),
				null);
	}

	/** Someone without credentials reading pages, in English. */
	public static Caller browser() {
		return new Caller(Map.of("Accept", "text/html", "Accept-Language", "en"), null);
	}

	/** A browser with these cookies (a session, a CSRF cookie) and its page's token. */
	public static Caller browser(String cookies, String csrfToken) {
		Map<String, String> headers = new LinkedHashMap<>(browser().headers());
		headers.put("Cookie", cookies);
		return new Caller(headers, csrfToken);
	}

}
