package com.setupflow.provisioning.portal;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.setupflow.catalogue.ConnectionOption;
import com.setupflow.catalogue.Product;
import com.setupflow.catalogue.ProductCatalogue;
import com.setupflow.provisioning.org.Org;
import com.setupflow.provisioning.org.Orgs;
import com.setupflow.provisioning.security.OrgUserDetails;
import com.setupflow.provisioning.subscription.Subscription;
import com.setupflow.provisioning.subscription.SubscriptionItem;
import com.setupflow.provisioning.subscription.SubscriptionStatus;

/** Turns subscriptions into what a given user may see of them. */
@Component
class SubscriptionViews {

	private final Orgs orgs;

	private final ProductCatalogue catalogue;

	private final Clock clock;

	SubscriptionViews(Orgs orgs, ProductCatalogue catalogue, Clock clock) {
		this.orgs = orgs;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	List<SubscriptionView> of(OrgUserDetails viewer, List<Subscription> subscriptions) {
		Set<UUID> customerIds = subscriptions.stream().map(Subscription::getCustomerOrgId).collect(Collectors.toSet());
		Map<UUID, Org> customers = this.orgs.findByIdIn(customerIds)
			.stream()
			.collect(Collectors.toMap(Org::getId, Function.identity()));
		return subscriptions.stream()
			.map((subscription) -> of(viewer, subscription, customers.get(subscription.getCustomerOrgId())))
			.toList();
	}

	SubscriptionView of(OrgUserDetails viewer, Subscription subscription) {
		return of(viewer, subscription, this.orgs.findById(subscription.getCustomerOrgId()).orElseThrow());
	}

	private SubscriptionView of(OrgUserDetails viewer, Subscription subscription, Org customer) {
		List<Product> products = productsOf(subscription);
		return new SubscriptionView(subscription.getId(), customer.getId(), customer.getName(),
				subscription.getItems()
					.stream()
					.map((item) -> new SubscriptionView.ProductView(item.sku(), nameOf(item)))
					.toList(),
				subscription.getUsers(), subscription.getStatus(), subscription.getOrigin(),
				subscription.getCreatedAt(), subscription.getTrialEndsAt(), trialDaysLeft(subscription),
				subscription.getEndedAt(), offeredConnections(products), subscription.getConnectionOptions(),
				spfOf(products, subscription), subscription.isCustomerCanEdit(),
				viewer.isPartnerAdmin() ? new SubscriptionView.Billing(subscription.getBilledPartnerId(),
						subscription.getBillingPeriodStart(), subscription.getDeployedAt()) : null);
	}

	/** The connection options every product of the subscription offers. */
	static List<ConnectionOption> offeredConnections(List<Product> products) {
		Set<ConnectionOption> offered = new LinkedHashSet<>();
		products.forEach((product) -> offered.addAll(product.connectionOptions()));
		return List.copyOf(offered);
	}

	List<Product> productsOf(Subscription subscription) {
		return subscription.getItems()
			.stream()
			.map((item) -> this.catalogue.find(item.sku()))
			.flatMap(Optional::stream)
			.toList();
	}

	/** The SPF include of the subscription's mail-sending product, if it has one. */
	static Optional<String> spfIncludeOf(List<Product> products) {
		return products.stream().map(Product::spfInclude).filter(Objects::nonNull).findFirst();
	}

	private static SubscriptionView.Spf spfOf(List<Product> products, Subscription subscription) {
		return spfIncludeOf(products)
			.map((domain) -> new SubscriptionView.Spf("include:" + domain, "v=spf1 include:" + domain + " ~all",
					subscription.getSpfRecord()))
			.orElse(null);
	}

	private String nameOf(SubscriptionItem item) {
		return this.catalogue.find(item.sku()).map(Product::name).orElse(item.sku());
	}

	private Long trialDaysLeft(Subscription subscription) {
		if (subscription.getStatus() != SubscriptionStatus.TRIAL) {
			return null;
		}
		Duration left = Duration.between(this.clock.instant(), subscription.getTrialEndsAt());
		if (left.isNegative() || left.isZero()) {
			return 0L;
		}
		long days = left.toDays();
		return (left.minusDays(days).isZero()) ? days : days + 1;
	}

}
