package com.setupflow.order.dashboard;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Account rep accounts.
 *
 * @param bootstrapEmail a rep created at start when absent (empty: none), so a fresh
 * installation or the local stack has someone who can sign in
 * @param bootstrapPassword that rep's password, at least 12 characters; only its hash is
 * stored
 */
@ConfigurationProperties("setupflow.reps")
public record RepSettings(@DefaultValue("") String bootstrapEmail, @DefaultValue("") String bootstrapPassword) {

	@Override
	public String toString() {
		return "RepSettings[bootstrapEmail=" + this.bootstrapEmail + ", bootstrapPassword="
				+ (this.bootstrapPassword.isEmpty() ? "" : "******") + "]";
	}

}
