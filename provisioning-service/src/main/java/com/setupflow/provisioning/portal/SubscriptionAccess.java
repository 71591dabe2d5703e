package com.setupflow.provisioning.portal;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.setupflow.platform.web.NotFoundException;
import com.setupflow.provisioning.security.OrgUserDetails;
import com.setupflow.provisioning.subscription.Subscription;
import com.setupflow.provisioning.subscription.Subscriptions;

/**
 * The one place that decides who reaches a subscription. A partner admin reaches those
 * its org manages (not a customer org that set itself up: that one has no managing
 * partner); a customer admin those of its own org, and never the partner's actions.
 * Whatever a user may not reach is "not found", so ids of other tenants leak nothing.
 */
@Component
class SubscriptionAccess {

	private final Subscriptions subscriptions;

	SubscriptionAccess(Subscriptions subscriptions) {
		this.subscriptions = subscriptions;
	}

	/** A subscription the user may see. */
	@Transactional(propagation = Propagation.MANDATORY)
	Subscription find(OrgUserDetails user, UUID id) {
		return this.subscriptions.findById(id)
			.filter((subscription) -> maySee(user, subscription))
			.orElseThrow(() -> notFound(id));
	}

	/**
	 * A subscription the user may change (launch, SPF), locked until the transaction
	 * ends.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	Subscription lock(OrgUserDetails user, UUID id) {
		find(user, id);
		return this.subscriptions.findLockedById(id).orElseThrow(() -> notFound(id));
	}

	/**
	 * A subscription only its partner may change (users, billing, cancellation), locked
	 * until the transaction ends.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	Subscription lockForPartner(OrgUserDetails user, UUID id) {
		if (!user.isPartnerAdmin()) {
			throw notFound(id);
		}
		return lock(user, id);
	}

	static boolean maySee(OrgUserDetails user, Subscription subscription) {
		UUID orgId = user.isPartnerAdmin() ? subscription.getPartnerOrgId() : subscription.getCustomerOrgId();
		return user.orgId().equals(orgId);
	}

	private static NotFoundException notFound(UUID id) {
		return new NotFoundException("Subscription", id);
	}

}
