package com.setupflow.provisioning.portal;

import com.setupflow.platform.web.NotFoundException;
import com.setupflow.provisioning.org.Org;
import com.setupflow.provisioning.org.OrgKind;
import com.setupflow.provisioning.org.Orgs;
import com.setupflow.provisioning.security.OrgUserDetails;

/** The partner org of a signed-in partner admin. */
final class PartnerOrgs {

	private PartnerOrgs() {
	}

	/**
	 * @throws NotFoundException when the user is no partner admin: customer admins do not
	 * reach the partner's pages at all
	 */
	static Org of(OrgUserDetails user, Orgs orgs) {
		if (!user.isPartnerAdmin()) {
			throw new NotFoundException("Partner org", user.orgId());
		}
		return orgs.findById(user.orgId())
			.filter((org) -> org.getKind() == OrgKind.PARTNER)
			.orElseThrow(() -> new NotFoundException("Partner org", user.orgId()));
	}

}
