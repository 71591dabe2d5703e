package com.setupflow.provisioning.wizard.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * "Check availability": an answer either way, since a taken or malformed name is a normal
 * outcome of asking, not an error.
 *
 * @param subdomain the name as it would be stored (lower case) when available, else as
 * asked
 * @param available whether it may be saved now
 * @param reason the rule it breaks when not available, e.g. {@code dns-label} or
 * {@code available}
 * @param message what that means, for a person
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SubdomainAvailability(String subdomain, boolean available, String reason, String message) {

	static SubdomainAvailability free(String subdomain) {
		return new SubdomainAvailability(subdomain, true, null, null);
	}

	static SubdomainAvailability refused(String subdomain, String reason, String message) {
		return new SubdomainAvailability(subdomain, false, reason, message);
	}

}
