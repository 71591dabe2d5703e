package com.setupflow.provisioning.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import com.setupflow.provisioning.org.OrgUser;
import com.setupflow.provisioning.org.OrgUsers;

/**
 * Finds who is signing in. A user without a password yet cannot sign in: it answers as an
 * unknown user, so a login page never tells which addresses exist.
 */
@Component
class OrgUserLogins implements UserDetailsService {

	private final OrgUsers users;

	OrgUserLogins(OrgUsers users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return this.users.findByEmail(email.strip())
			.filter(OrgUser::hasPassword)
			.map(OrgUserDetails::of)
			.orElseThrow(() -> new UsernameNotFoundException("No user may sign in as this"));
	}

}
