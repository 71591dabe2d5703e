package com.setupflow.provisioning.link;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An order's setup links at a glance, without tokens or hashes.
 *
 * @param issuedCount how many links were ever issued
 * @param currentRecipientEmail who holds the newest live link, {@code null} when none is
 * live
 * @param currentExpiresAt when that link expires, {@code null} when none is live
 */
public record SetupLinkSummary(int issuedCount, String currentRecipientEmail, Instant currentExpiresAt) {

	static SetupLinkSummary of(List<SetupLink> links, Instant now) {
		Optional<SetupLink> current = links.stream()
			.filter((link) -> link.isLiveAt(now))
			.max(Comparator.comparing(SetupLink::getIssuedAt));
		return new SetupLinkSummary(links.size(), current.map(SetupLink::getRecipientEmail).orElse(null),
				current.map(SetupLink::getExpiresAt).orElse(null));
	}

}
