package com.setupflow.provisioning.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import com.setupflow.provisioning.security.SecretTokens.MintedToken;

import static org.assertj.core.api.Assertions.assertThat;

class SecretTokensTests {

	@Test
	void mintsA256BitTokenWrittenBase64UrlWithoutPadding() {
		String token = SecretTokens.mint().token();

		assertThat(token).matches("[A-Za-z0-9_-]{43}");
		assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
	}

	@Test
	void mintsADifferentTokenEachTime() {
		assertThat(SecretTokens.mint().token()).isNotEqualTo(SecretTokens.mint().token());
	}

	@Test
	void hashesTheTokenWithSha256() throws Exception {
		MintedToken minted = SecretTokens.mint();

		byte[] digest = MessageDigest.getInstance("SHA-256").digest(minted.token().getBytes(StandardCharsets.US_ASCII));
		assertThat(minted.hash()).isEqualTo(HexFormat.of().formatHex(digest)).hasSize(64);
	}

	@Test
	void findsAPresentedTokenByTheHashItWasStoredUnder() {
		MintedToken minted = SecretTokens.mint();

		assertThat(SecretTokens.hashOf(minted.token())).hasValue(minted.hash());
	}

	@Test
	void refusesTextThatCannotBeAToken() {
		String token = SecretTokens.mint().token();

		assertThat(SecretTokens.hashOf(null)).isEmpty();
		assertThat(SecretTokens.hashOf(token.substring(1))).isEmpty();
		assertThat(SecretTokens.hashOf(token + "A")).isEmpty();
		assertThat(SecretTokens.hashOf("+" + token.substring(1))).isEmpty();
		assertThat(SecretTokens.hashOf("x".repeat(10_000))).isEmpty();
	}

	@Test
	void keepsTheTokenOutOfLogs() {
		MintedToken minted = SecretTokens.mint();

		assertThat(minted.toString()).doesNotContain(minted.token()).contains(minted.hash());
	}

}
