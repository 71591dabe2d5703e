package com.setupflow.provisioning.wizard;

import java.util.Optional;

import org.springframework.stereotype.Component;

import com.setupflow.provisioning.org.Org;
import com.setupflow.provisioning.org.OrgUser;
import com.setupflow.provisioning.org.OrgUsers;
import com.setupflow.provisioning.org.Orgs;

/** Which org, if any, an address already belongs to. */
@Component
class EmailOwners {

	private final OrgUsers users;

	private final Orgs orgs;

	EmailOwners(OrgUsers users, Orgs orgs) {
		this.users = users;
		this.orgs = orgs;
	}

	Optional<Owner> find(String email) {
		return this.users.findByEmail(email)
			.map((user) -> new Owner(user, this.orgs.findById(user.getOrgId()).orElseThrow()));
	}

	/**
	 * A user and its org.
	 *
	 * @param user the user with the address
	 * @param org the org it belongs to
	 */
	record Owner(OrgUser user, Org org) {
	}

}
