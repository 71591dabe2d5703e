package com.setupflow.provisioning.casefile;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Provisioning cases by order id. Only what the service needs: cases are never deleted.
 * Every method runs in a transaction (joining the caller's): a case's items are read by a
 * second query, which must not take a second pooled connection.
 */
@Transactional(readOnly = true)
public interface ProvisioningCases extends Repository<ProvisioningCase, UUID> {

	Optional<ProvisioningCase> findById(UUID orderId);

	/**
	 * The case, locked until the transaction ends. Whoever changes a case or its setup
	 * links takes this lock first, so an order event and a link being opened never
	 * interleave.
	 */
	@Lock(LockMode.PESSIMISTIC_WRITE)
	@Transactional
	Optional<ProvisioningCase> findLockedByOrderId(UUID orderId);

	@Transactional
	ProvisioningCase save(ProvisioningCase provisioningCase);

}
