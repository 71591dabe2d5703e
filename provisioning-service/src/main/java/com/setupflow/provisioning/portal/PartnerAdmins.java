package com.setupflow.provisioning.portal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.setupflow.provisioning.input.FieldIssue;
import com.setupflow.provisioning.input.InputRejected;
import com.setupflow.provisioning.input.Issues;
import com.setupflow.provisioning.input.TextRules;
import com.setupflow.provisioning.invitation.Invitations;
import com.setupflow.provisioning.org.Org;
import com.setupflow.provisioning.org.OrgUser;
import com.setupflow.provisioning.org.OrgUserRole;
import com.setupflow.provisioning.org.OrgUsers;
import com.setupflow.provisioning.org.Orgs;
import com.setupflow.provisioning.security.OrgUserDetails;

/**
 * A partner org's admins: any of them may invite another. An address belongs to one org
 * only, so one already in use anywhere is refused.
 */
@Service
public class PartnerAdmins {

	private final Orgs orgs;

	private final OrgUsers users;

	private final Invitations invitations;

	private final Clock clock;

	PartnerAdmins(Orgs orgs, OrgUsers users, Invitations invitations, Clock clock) {
		this.orgs = orgs;
		this.users = users;
		this.invitations = invitations;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<PartnerAdminView> list(OrgUserDetails partnerAdmin) {
		Org partnerOrg = PartnerOrgs.of(partnerAdmin, this.orgs);
		return this.users.findByOrgIdOrderByEmail(partnerOrg.getId())
			.stream()
			.map((user) -> new PartnerAdminView(user.getId(), user.getEmail(), user.getName(), user.hasPassword()))
			.toList();
	}

	/**
	 * Adds an admin to the caller's partner org and emails them an invitation.
	 * @return the new user's id
	 * @throws InputRejected when the name or address breaks a rule or the address belongs
	 * to an org already
	 */
	@Transactional
	public UUID add(OrgUserDetails partnerAdmin, NewPartnerAdmin request, Locale locale) {
		Org partnerOrg = PartnerOrgs.of(partnerAdmin, this.orgs);
		Issues issues = new Issues();
		String name = TextRules.line(issues, "name", request.name(), 200);
		String email = TextRules.email(issues, "email", request.email());
		if (email != null && this.users.findByEmail(email).isPresent()) {
			issues.add("email", "one-org-per-address", "error.emailInOtherOrg", email);
		}
		issues.throwIfAny();
		OrgUser admin;
		try {
			admin = this.users
				.save(OrgUser.invite(partnerOrg.getId(), email, name, OrgUserRole.PARTNER_ADMIN, this.clock.instant()));
		}
		catch (DuplicateKeyException ex) {
			throw new InputRejected(new FieldIssue("email", "one-org-per-address", "error.takenMeanwhile", List.of()));
		}
		this.invitations.invite(admin, partnerOrg, partnerOrg.getName(), locale, partnerOrg.getId());
		return admin.getId();
	}

}
