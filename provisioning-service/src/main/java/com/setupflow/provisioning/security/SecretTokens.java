package com.setupflow.provisioning.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Secret tokens for setup and invitation links: 256 random bits, written base64url
 * without padding (43 characters). Only their SHA-256 is stored. With that much entropy
 * an unsalted fast hash cannot be reversed, and it lets a presented token be found by one
 * indexed lookup, so tokens are never compared character by character.
 */
public final class SecretTokens {

	private static final int BYTES = 32;

	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private SecretTokens() {
	}

	public static MintedToken mint() {
		byte[] bytes = new byte[BYTES];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		return new MintedToken(token, hash(token));
	}

	/**
	 * The hash to look a presented token up by; empty when the text cannot be a token, so
	 * junk of any length is refused before it is hashed or queried.
	 */
	public static Optional<String> hashOf(String presented) {
		return (presented != null && WELL_FORMED.matcher(presented).matches()) ? Optional.of(hash(presented))
				: Optional.empty();
	}

	private static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every JVM", ex);
		}
	}

	/**
	 * A fresh token and its hash. The token goes into the link and nowhere else.
	 *
	 * @param token the secret, for the URL
	 * @param hash SHA-256 hex of the token, for the database
	 */
	public record MintedToken(String token, String hash) {

		@Override
		public String toString() {
			// Keeps the secret out of logs and exception messages.
			return "MintedToken[hash=" + this.hash + "]";
		}

	}

}
