package com.setupflow.order.dashboard;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A signed-in account rep: the user name is the rep's lower-case email, which is what
 * orders are matched on.
 */
public class AccountRepUser extends User {

	public static final String ROLE = "ACCOUNT_REP";

	private final String displayName;

	AccountRepUser(AccountRep rep) {
		super(rep.email(), rep.passwordHash(), List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
		this.displayName = rep.displayName();
	}

	public String displayName() {
		return this.displayName;
	}

	// equals and hashCode stay User's (by user name): one rep, one principal.

}
