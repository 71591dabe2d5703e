package com.setupflow.order.order;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A digest of what an order request asked for, after defaults: two requests with the same
 * order number and the same fingerprint are the same order; a different fingerprint is a
 * conflicting reuse of the number.
 */
final class OrderFingerprint {

	private static final JsonMapper CANONICAL = JsonMapper.builder()
		.enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.build();

	private OrderFingerprint() {
	}

	static String of(NewOrder order) {
		byte[] canonical = CANONICAL.writeValueAsString(order).getBytes(StandardCharsets.UTF_8);
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every JVM", ex);
		}
	}

}
