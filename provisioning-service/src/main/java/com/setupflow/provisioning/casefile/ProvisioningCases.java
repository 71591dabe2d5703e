package com.setupflow.provisioning.casefile;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/**
 * Provisioning cases by order id. Only what the service needs: cases are never deleted.
 */
public interface ProvisioningCases extends Repository<ProvisioningCase, UUID> {

	Optional<ProvisioningCase> findById(UUID orderId);

	ProvisioningCase save(ProvisioningCase provisioningCase);

}
