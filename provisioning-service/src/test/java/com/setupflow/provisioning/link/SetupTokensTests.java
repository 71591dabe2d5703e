package com.setupflow.provisioning.link;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import com.setupflow.provisioning.link.SetupTokens.MintedToken;

import static org.assertj.core.api.Assertions.assertThat;

class SetupTokensTests {

	@Test
	void mintsA256BitTokenWrittenBase64UrlWithoutPadding() {
		String token = SetupTokens.mint().token();

		assertThat(token).matches("[A-Za-z0-9_-]{43}");
		assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
	}

	@Test
	void mintsADifferentTokenEachTime() {
		assertThat(SetupTokens.mint().token()).isNotEqualTo(SetupTokens.mint().token());
	}

	@Test
	void hashesTheTokenWithSha256() throws Exception {
		MintedToken minted = SetupTokens.mint();

		byte[] digest = MessageDigest.getInstance("SHA-256").digest(minted.token().getBytes(StandardCharsets.US_ASCII));
		assertThat(minted.hash()).isEqualTo(HexFormat.of().formatHex(digest)).hasSize(64);
	}

	@Test
	void findsAPresentedTokenByTheHashItWasStoredUnder() {
		MintedToken minted = SetupTokens.mint();

		assertThat(SetupTokens.hashOf(minted.token())).hasValue(minted.hash());
	}

	@Test
	void refusesTextThatCannotBeAToken() {
		String token = SetupTokens.mint().token();

		assertThat(SetupTokens.hashOf(null)).isEmpty();
		assertThat(SetupTokens.hashOf(token.substring(1))).isEmpty();
		assertThat(SetupTokens.hashOf(token + "A")).isEmpty();
		assertThat(SetupTokens.hashOf("+" + token.substring(1))).isEmpty();
		assertThat(SetupTokens.hashOf("x".repeat(10_000))).isEmpty();
	}

	@Test
	void keepsTheTokenOutOfLogs() {
		MintedToken minted = SetupTokens.mint();

		assertThat(minted.toString()).doesNotContain(minted.token()).contains(minted.hash());
	}

}
