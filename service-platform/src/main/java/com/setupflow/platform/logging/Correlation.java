package com.setupflow.platform.logging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import org.slf4j.MDC;

import com.setupflow.events.EventEnvelope;

/**
 * Puts the correlation id of the order or subscription being worked on, and its trace id,
 * in the log context (MDC keys {@code correlationId} and {@code traceId}), so the lines
 * of one order can be found in every service's log: from the POST, through each event, to
 * its email and its BillingStarted.
 *
 * <p>
 * The trace id is the correlation id written as a W3C trace id (32 hex digits): an
 * order's life spans days and timer firings that no single request's trace covers, so its
 * whole life is one trace, and log tools that join lines on trace ids group it without a
 * tracing agent.
 */
public final class Correlation {

	public static final String CORRELATION_ID = "correlationId";

	public static final String TRACE_ID = "traceId";

	private Correlation() {
	}

	/**
	 * Sets the ids for the rest of the current request; the platform's request filter
	 * clears them when the request ends.
	 */
	public static void set(Object correlationId) {
		if (correlationId != null) {
			MDC.put(CORRELATION_ID, correlationId.toString());
			MDC.put(TRACE_ID, traceIdOf(correlationId.toString()));
		}
	}

	/** Sets the ids of the event's order or subscription until the scope closes. */
	public static Scope open(EventEnvelope envelope) {
		return open(envelope.correlationId());
	}

	/** Sets the ids until the scope closes, then puts back what was there. */
	public static Scope open(Object correlationId) {
		String previousCorrelation = MDC.get(CORRELATION_ID);
		String previousTrace = MDC.get(TRACE_ID);
		set(correlationId);
		return () -> {
			restore(CORRELATION_ID, previousCorrelation);
			restore(TRACE_ID, previousTrace);
		};
	}

	/** Forgets the ids, as a request ends. */
	public static void clear() {
		MDC.remove(CORRELATION_ID);
		MDC.remove(TRACE_ID);
	}

	/**
	 * The W3C trace id (32 lower-case hex digits, not all zero) of a correlation id: a
	 * UUID's own 128 bits, or the start of the SHA-256 of anything else.
	 */
	public static String traceIdOf(String correlationId) {
		try {
			return UUID.fromString(correlationId).toString().replace("-", "");
		}
		catch (IllegalArgumentException ex) {
			return HexFormat.of().formatHex(sha256(correlationId)).substring(0, 32);
		}
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every JVM", ex);
		}
	}

	private static void restore(String key, String value) {
		if (value != null) {
			MDC.put(key, value);
		}
		else {
			MDC.remove(key);
		}
	}

	/** Ends a correlation; closing it never fails. */
	@FunctionalInterface
	public interface Scope extends AutoCloseable {

		@Override
		void close();

	}

}
