package com.setupflow.provisioning.security;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import com.setupflow.provisioning.org.OrgUser;
import com.setupflow.provisioning.org.OrgUserRole;

/**
 * A signed-in org user: its org decides what it sees.
 *
 * @param userId the user's id
 * @param orgId its org
 * @param email its address (the username)
 * @param role what it may do
 * @param passwordHash the stored hash
 */
public record OrgUserDetails(UUID userId, UUID orgId, String email, OrgUserRole role,
		String passwordHash) implements UserDetails {

	static OrgUserDetails of(OrgUser user) {
		return new OrgUserDetails(user.getId(), user.getOrgId(), user.getEmail(), user.getRole(),
				user.getPasswordHash());
	}

	public boolean isPartnerAdmin() {
		return this.role == OrgUserRole.PARTNER_ADMIN;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + this.role.name()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

}
