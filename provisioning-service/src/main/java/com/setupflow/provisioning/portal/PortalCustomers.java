package com.setupflow.provisioning.portal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.setupflow.provisioning.org.Org;
import com.setupflow.provisioning.org.Orgs;
import com.setupflow.provisioning.security.OrgUserDetails;
import com.setupflow.provisioning.subscription.Subscription;
import com.setupflow.provisioning.subscription.SubscriptionItem;
import com.setupflow.provisioning.subscription.Subscriptions;

/**
 * The customer orgs a signed-in user may see: those its partner org manages, or its own
 * customer org. A customer org set up by the customer itself is managed by nobody, so its
 * partner never sees it here.
 */
@Service
public class PortalCustomers {

	private final Orgs orgs;

	private final Subscriptions subscriptions;

	PortalCustomers(Orgs orgs, Subscriptions subscriptions) {
		this.orgs = orgs;
		this.subscriptions = subscriptions;
	}

	@Transactional(readOnly = true)
	public List<CustomerView> visibleTo(OrgUserDetails user) {
		if (user.isPartnerAdmin()) {
			return this.orgs.findByManagingPartnerOrgIdOrderByName(user.orgId()).stream().map(this::view).toList();
		}
		return this.orgs.findById(user.orgId()).map(this::view).stream().toList();
	}

	/** The customer org, when this user may see it; empty otherwise, never an error. */
	@Transactional(readOnly = true)
	public Optional<CustomerView> find(OrgUserDetails user, UUID customerOrgId) {
		return this.orgs.findById(customerOrgId).filter((org) -> maySee(user, org)).map(this::view);
	}

	private static boolean maySee(OrgUserDetails user, Org org) {
		return user.isPartnerAdmin() ? org.isManagedBy(user.orgId()) : org.getId().equals(user.orgId());
	}

	private CustomerView view(Org org) {
		List<CustomerView.SubscriptionView> views = this.subscriptions.findByCustomerOrgId(org.getId())
			.stream()
			.map(PortalCustomers::view)
			.toList();
		return new CustomerView(org.getId(), org.getName(), org.getDetails().country(), org.getSubdomain(), views);
	}

	private static CustomerView.SubscriptionView view(Subscription subscription) {
		return new CustomerView.SubscriptionView(subscription.getId(), subscription.getStatus().name(),
				subscription.getItems().stream().map(SubscriptionItem::sku).toList(),
				subscription.getItems().stream().mapToInt(SubscriptionItem::quantity).sum());
	}

}
