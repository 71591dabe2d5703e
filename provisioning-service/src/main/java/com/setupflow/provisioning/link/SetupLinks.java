package com.setupflow.provisioning.link;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setup links by token hash and by order. Links are never deleted: a revoked or expired
 * link must still answer "gone", not "unknown". Every method runs in a transaction
 * (joining the caller's), so one request never holds two pooled connections.
 */
@Transactional(readOnly = true)
public interface SetupLinks extends Repository<SetupLink, UUID> {

	Optional<SetupLink> findById(UUID id);

	Optional<SetupLink> findByTokenHash(String tokenHash);

	/** Links of the order that are not revoked; some may have expired. */
	List<SetupLink> findByOrderIdAndRevokedAtIsNull(UUID orderId);

	List<SetupLink> findByOrderId(UUID orderId);

	boolean existsByOrderId(UUID orderId);

	@Transactional
	SetupLink save(SetupLink link);

	/** What the case API shows of an order's links. */
	default SetupLinkSummary summaryOf(UUID orderId, Instant now) {
		return SetupLinkSummary.of(findByOrderId(orderId), now);
	}

}
