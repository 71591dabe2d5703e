package com.setupflow.provisioning.subscription;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscriptions. Every method runs in a transaction (joining the caller's): items are
 * read by a second query, which must not take a second pooled connection.
 */
@Transactional(readOnly = true)
public interface Subscriptions extends Repository<Subscription, UUID> {

	Optional<Subscription> findById(UUID id);

	/**
	 * The subscription, locked until the transaction ends: two presses of one button (or
	 * a press and the trial sweep) change it one after the other.
	 */
	@Lock(LockMode.PESSIMISTIC_WRITE)
	@Transactional
	Optional<Subscription> findLockedById(UUID id);

	Optional<Subscription> findByOrderId(UUID orderId);

	/** The subscriptions a partner org manages, newest first. */
	List<Subscription> findByPartnerOrgIdOrderByCreatedAtDesc(UUID partnerOrgId);

	/** The subscriptions of a customer org, newest first. */
	List<Subscription> findByCustomerOrgIdOrderByCreatedAtDesc(UUID customerOrgId);

	/**
	 * Live trials that end before {@code before}, oldest end first, locked; rows another
	 * instance's sweep holds are skipped rather than waited for.
	 */
	@Transactional
	@Query("""
			select id from subscription
			where status = 'TRIAL' and trial_ends_at <= :before
			order by trial_ends_at
			limit :limit
			for update skip locked""")
	List<UUID> lockTrialsEndingBefore(Instant before, int limit);

	/** Like {@link #lockTrialsEndingBefore} for trials whose partner was not reminded. */
	@Transactional
	@Query("""
			select id from subscription
			where status = 'TRIAL' and trial_reminded_at is null and trial_ends_at <= :before
			order by trial_ends_at
			limit :limit
			for update skip locked""")
	List<UUID> lockUnremindedTrialsEndingBefore(Instant before, int limit);

	@Transactional
	Subscription save(Subscription subscription);

}
