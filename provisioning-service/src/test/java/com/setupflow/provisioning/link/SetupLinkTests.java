package com.setupflow.provisioning.link;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.setupflow.provisioning.security.SecretTokens;

import static org.assertj.core.api.Assertions.assertThat;

class SetupLinkTests {

	private static final Instant ISSUED = Instant.parse("2026-12-01T08:00:00Z");

	private static final Duration VALIDITY = Duration.ofDays(30);

	private static final UUID ORDER = UUID.randomUUID();

	@Test
	void worksUntilItExpires() {
		SetupLink link = link("deploy@acme.example", ISSUED);

		assertThat(link.getExpiresAt()).isEqualTo(ISSUED.plus(VALIDITY));
		assertThat(link.isLiveAt(ISSUED)).isTrue();
		assertThat(link.isLiveAt(ISSUED.plus(VALIDITY).minusNanos(1))).isTrue();
		assertThat(link.isLiveAt(ISSUED.plus(VALIDITY))).isFalse();
	}

	@Test
	void stopsWorkingWhenRevokedAndKeepsTheFirstReason() {
		SetupLink link = link("deploy@acme.example", ISSUED);

		assertThat(link.revoke(RevokeReason.SUPERSEDED, ISSUED.plusSeconds(60))).isTrue();
		assertThat(link.revoke(RevokeReason.ORDER_CANCELLED, ISSUED.plusSeconds(120))).isFalse();

		assertThat(link.isLiveAt(ISSUED.plusSeconds(61))).isFalse();
		assertThat(link.getRevokeReason()).isEqualTo(RevokeReason.SUPERSEDED);
		assertThat(link.getRevokedAt()).isEqualTo(ISSUED.plusSeconds(60));
	}

	@Test
	void recordsOnlyTheFirstOpenAndStaysLive() {
		SetupLink link = link("deploy@acme.example", ISSUED);

		assertThat(link.recordOpen(ISSUED.plusSeconds(5))).isTrue();
		assertThat(link.recordOpen(ISSUED.plusSeconds(9))).isFalse();

		assertThat(link.getFirstOpenedAt()).isEqualTo(ISSUED.plusSeconds(5));
		assertThat(link.isLiveAt(ISSUED.plusSeconds(10))).isTrue();
	}

	@Test
	void summarisesTheNewestLiveLinkAsCurrent() {
		SetupLink older = link("deploy@acme.example", ISSUED);
		SetupLink newer = link("it-lead@acme.example", ISSUED.plusSeconds(3600));
		SetupLink revoked = link("colleague@acme.example", ISSUED.plusSeconds(7200));
		revoked.revoke(RevokeReason.SUPERSEDED, ISSUED.plusSeconds(7300));

		SetupLinkSummary summary = SetupLinkSummary.of(List.of(older, revoked, newer), ISSUED.plusSeconds(8000));

		assertThat(summary)
			.isEqualTo(new SetupLinkSummary(3, "it-lead@acme.example", ISSUED.plusSeconds(3600).plus(VALIDITY)));
	}

	@Test
	void summarisesNoCurrentLinkWhenNoneIsLive() {
		SetupLink expired = link("deploy@acme.example", ISSUED);

		assertThat(SetupLinkSummary.of(List.of(expired), ISSUED.plus(VALIDITY)))
			.isEqualTo(new SetupLinkSummary(1, null, null));
	}

	private static SetupLink link(String recipient, Instant issuedAt) {
		return SetupLink.issue(ORDER, SecretTokens.mint().hash(), recipient, IssueReason.SETUP_DUE, issuedAt, VALIDITY);
	}

}
