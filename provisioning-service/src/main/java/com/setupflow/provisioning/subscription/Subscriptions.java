package com.setupflow.provisioning.subscription;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscriptions. Every method runs in a transaction (joining the caller's): items are
 * read by a second query, which must not take a second pooled connection.
 */
@Transactional(readOnly = true)
public interface Subscriptions extends Repository<Subscription, UUID> {

	Optional<Subscription> findById(UUID id);

	Optional<Subscription> findByOrderId(UUID orderId);

	List<Subscription> findByCustomerOrgId(UUID customerOrgId);

	@Transactional
	Subscription save(Subscription subscription);

}
