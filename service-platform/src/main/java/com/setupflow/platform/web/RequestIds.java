package com.setupflow.platform.web;

import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.MDC;

/**
 * The id of the request being served, in the logs (MDC key {@code requestId}) and as the
 * causation id of the events it causes.
 */
public final class RequestIds {

	public static final String HEADER = "X-Request-Id";

	static final String MDC_KEY = "requestId";

	private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	private RequestIds() {
	}

	/** The current request's id, or a fresh one outside a request. */
	public static String current() {
		String id = MDC.get(MDC_KEY);
		return (id != null) ? id : "req-" + UUID.randomUUID();
	}

	/** The caller's id when it is safe to log and echo, else a new one. */
	static String accept(String presented) {
		return (presented != null && SAFE.matcher(presented).matches()) ? presented : "req-" + UUID.randomUUID();
	}

}
