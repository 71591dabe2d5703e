package com.setupflow.order.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of an API key. Keys are 128+ random bits, so a fast unsalted hash cannot be
 * brute-forced, and it lets a key be found by its hash in one indexed lookup.
 */
final class ApiKeyHash {

	private ApiKeyHash() {
	}

	static String of(String key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every JVM", ex);
		}
	}

}
