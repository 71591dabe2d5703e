package com.setupflow.provisioning.org;

import java.util.Collection;
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

	List<Org> findByIdIn(Collection<UUID> ids);

	/** The partner org of the commerce system's partner. */
	Optional<Org> findByPartnerId(String partnerId);

	/** The customer orgs a partner org manages, by name. */
	List<Org> findByManagingPartnerOrgIdOrderByName(UUID partnerOrgId);

	/**
	 * The customer orgs a partner org manages under this name, whatever its case: a
	 * second subscription for the same customer joins its org.
	 */
	@Query("select * from org where managing_partner_org_id = :partnerOrgId and lower(name) = lower(:name) order by created_at")
	List<Org> findManagedCustomersNamed(UUID partnerOrgId, String name);

	@Query("select exists (select 1 from org where lower(subdomain) = lower(:subdomain))")
	boolean subdomainTaken(String subdomain);

	@Transactional
	Org save(Org org);

}
