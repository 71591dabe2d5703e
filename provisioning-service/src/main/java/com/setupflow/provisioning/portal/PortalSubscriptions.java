package com.setupflow.provisioning.portal;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.setupflow.provisioning.security.OrgUserDetails;
import com.setupflow.provisioning.subscription.Subscription;
import com.setupflow.provisioning.subscription.Subscriptions;

/** What the portal lists: live subscriptions, the archive, one subscription. */
@Service
public class PortalSubscriptions {

	private final Subscriptions subscriptions;

	private final SubscriptionAccess access;

	private final SubscriptionViews views;

	PortalSubscriptions(Subscriptions subscriptions, SubscriptionAccess access, SubscriptionViews views) {
		this.subscriptions = subscriptions;
		this.access = access;
		this.views = views;
	}

	/** Trials, active subscriptions and orders in setup, newest first. */
	@Transactional(readOnly = true)
	public List<SubscriptionView> live(OrgUserDetails user) {
		return this.views.of(user, visibleTo(user).stream().filter((s) -> !s.getStatus().isArchived()).toList());
	}

	/** Cancelled and expired subscriptions, newest first. */
	@Transactional(readOnly = true)
	public List<SubscriptionView> archived(OrgUserDetails user) {
		return this.views.of(user, visibleTo(user).stream().filter((s) -> s.getStatus().isArchived()).toList());
	}

	/**
	 * @throws com.setupflow.platform.web.NotFoundException when the user may not see it
	 */
	@Transactional(readOnly = true)
	public SubscriptionView get(OrgUserDetails user, UUID id) {
		return this.views.of(user, this.access.find(user, id));
	}

	private List<Subscription> visibleTo(OrgUserDetails user) {
		return user.isPartnerAdmin() ? this.subscriptions.findByPartnerOrgIdOrderByCreatedAtDesc(user.orgId())
				: this.subscriptions.findByCustomerOrgIdOrderByCreatedAtDesc(user.orgId());
	}

}
