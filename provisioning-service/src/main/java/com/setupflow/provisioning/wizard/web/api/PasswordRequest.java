package com.setupflow.provisioning.wizard.web.api;

/**
 * The password the new org admin will sign in with, typed twice.
 *
 * @param password the password
 * @param passwordConfirmation the same again
 */
record PasswordRequest(String password, String passwordConfirmation) {

	/** Never prints the password, should the request end up in a log. */
	@Override
	public String toString() {
		return "PasswordRequest[***]";
	}

}
