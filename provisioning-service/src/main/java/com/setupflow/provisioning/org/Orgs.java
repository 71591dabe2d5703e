package com.setupflow.provisioning.org;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Organisations; never deleted. */
@Transactional(readOnly = true)
public interface Orgs extends Repository<Org, UUID> {

	Optional<Org> findById(UUID id);

	/** The partner org of the commerce system's partner. */
	Optional<Org> findByPartnerId(String partnerId);

	/** The customer orgs a partner org manages, by name. */
	List<Org> findByManagingPartnerOrgIdOrderByName(UUID partnerOrgId);

	@Query("select exists (select 1 from org where lower(subdomain) = lower(:subdomain))")
	boolean subdomainTaken(String subdomain);

	@Transactional
	Org save(Org org);

}
