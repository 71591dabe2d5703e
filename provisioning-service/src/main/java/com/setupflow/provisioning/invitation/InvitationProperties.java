package com.setupflow.provisioning.invitation;

import java.time.Duration;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How invitations are issued; defaults in {@code application.yaml}.
 *
 * @param validity how long an invitation link works
 */
@ConfigurationProperties("setupflow.invitations")
public record InvitationProperties(Duration validity) {

	public InvitationProperties {
		Objects.requireNonNull(validity, "setupflow.invitations.validity");
		if (validity.isNegative() || validity.isZero()) {
			throw new IllegalArgumentException("setupflow.invitations.validity must be positive, not " + validity);
		}
	}

}
