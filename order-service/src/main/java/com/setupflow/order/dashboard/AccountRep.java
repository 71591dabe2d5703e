package com.setupflow.order.dashboard;

/**
 * An account rep who may sign in to the dashboard.
 *
 * @param email the sign-in name, lower case; orders name their rep by it
 * @param displayName how the dashboard greets them
 * @param passwordHash the encoder-prefixed hash, e.g.
 * {@code {argon2@SpringSecurity_v5_8}$argon2id$...}
 */
public record AccountRep(String email, String displayName, String passwordHash) {

	@Override
	public String toString() {
		// A hash in a log line is a head start for an offline attack.
		return "AccountRep[email=" + this.email + ", displayName=" + this.displayName + "]";
	}

}
