package com.setupflow.provisioning.wizard;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.setupflow.provisioning.casefile.ProvisioningCase;
import com.setupflow.provisioning.link.LinkVisit;
import com.setupflow.provisioning.link.SetupLinkOpening;
import com.setupflow.provisioning.org.Org;
import com.setupflow.provisioning.org.Orgs;

/**
 * Opens a setup link for one step of the wizard. The caller's transaction holds the
 * case's lock from here to its commit, so two steps of one order never interleave.
 */
@Component
class SetupContexts {

	private final SetupLinkOpening opening;

	private final Orgs orgs;

	SetupContexts(SetupLinkOpening opening, Orgs orgs) {
		this.opening = opening;
		this.orgs = orgs;
	}

	/**
	 * @throws LinkNotUsable when the link is unknown, expired, revoked, or its order is
	 * cancelled or closed
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	SetupContext enter(String token) {
		LinkVisit visit = this.opening.open(token);
		if (!visit.isOpened()) {
			throw new LinkNotUsable(visit.outcome());
		}
		ProvisioningCase setupCase = visit.openedCase();
		Org partnerOrg = (setupCase.getPartner() != null && setupCase.getPartner().id() != null)
				? this.orgs.findByPartnerId(setupCase.getPartner().id()).orElse(null) : null;
		return new SetupContext(setupCase, visit.recipientEmail(), partnerOrg);
	}

}
