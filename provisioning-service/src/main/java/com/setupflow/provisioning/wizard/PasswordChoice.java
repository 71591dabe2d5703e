package com.setupflow.provisioning.wizard;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.setupflow.provisioning.input.Issues;
import com.setupflow.provisioning.input.PasswordRules;
import com.setupflow.provisioning.org.OrgUser;
import com.setupflow.provisioning.org.OrgUsers;

/**
 * After installation, the person setting up who became a new org's admin chooses the
 * password they will sign in with. Only once: a user with a password changes it
 * elsewhere, never through a setup link.
 */
@Service
public class PasswordChoice {

	private final SetupContexts contexts;

	private final OrgUsers users;

	private final PasswordEncoder encoder;

	PasswordChoice(SetupContexts contexts, OrgUsers users, PasswordEncoder encoder) {
		this.contexts = contexts;
		this.users = users;
		this.encoder = encoder;
	}

	@Transactional
	public void choose(String token, String password, String confirmation) {
		SetupContext context = this.contexts.enter(token);
		OrgUser user = this.users.findByEmail(context.recipientEmail())
			.filter((found) -> context.setupCase().isInstalled() && !found.hasPassword())
			.orElseThrow(() -> new StepConflict("No password to choose for this setup link"));
		Issues issues = new Issues();
		PasswordRules.check(issues, user.getEmail(), password, confirmation);
		issues.throwIfAny();
		user.choosePassword(this.encoder.encode(password));
		this.users.save(user);
	}

}
