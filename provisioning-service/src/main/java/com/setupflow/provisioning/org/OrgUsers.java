package com.setupflow.provisioning.org;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Users of orgs, found by address whatever its case. */
@Transactional(readOnly = true)
public interface OrgUsers extends Repository<OrgUser, UUID> {

	@Query("select * from org_user where lower(email) = lower(:email)")
	Optional<OrgUser> findByEmail(String email);

	Optional<OrgUser> findById(UUID id);

	/** An org's users, by address. */
	List<OrgUser> findByOrgIdOrderByEmail(UUID orgId);

	@Transactional
	OrgUser save(OrgUser user);

}
