package com.setupflow.provisioning.org;

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

	@Transactional
	OrgUser save(OrgUser user);

}
