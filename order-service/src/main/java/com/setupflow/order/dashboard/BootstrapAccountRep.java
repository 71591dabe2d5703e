package com.setupflow.order.dashboard;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the rep named in {@code setupflow.reps.bootstrap-email} at start when absent,
 * like the bootstrap API key. A rep that exists is kept as it is. A password too short
 * stops the start: better than a dashboard nobody can sign in to.
 */
@Component
class BootstrapAccountRep implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(BootstrapAccountRep.class);

	private final AccountReps reps;

	private final RepSettings settings;

	BootstrapAccountRep(AccountReps reps, RepSettings settings) {
		this.reps = reps;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		String email = this.settings.bootstrapEmail();
		if (email.isBlank()) {
			return;
		}
		if (this.settings.bootstrapPassword().isBlank()) {
			throw new IllegalStateException(
					"setupflow.reps.bootstrap-email is set but setupflow.reps.bootstrap-password"
							+ " is empty; set both (SETUPFLOW_REPS_BOOTSTRAP_EMAIL, SETUPFLOW_REPS_BOOTSTRAP_PASSWORD) or neither");
		}
		boolean created = this.reps.registerIfAbsent(email, displayNameOf(AccountReps.normalize(email)),
				this.settings.bootstrapPassword());
		logger.info(created ? "Account rep {} created (password stored as a hash only)"
				: "Account rep {} already exists; kept as it is", AccountReps.normalize(email));
	}

	/** "jane.doe@vendor.example" greets as "jane.doe" until a real name is given. */
	private static String displayNameOf(String email) {
		String trimmed = email.trim();
		int at = trimmed.indexOf('@');
		return (at > 0) ? trimmed.substring(0, at) : trimmed;
	}

}
