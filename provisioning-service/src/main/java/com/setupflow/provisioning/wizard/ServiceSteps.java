package com.setupflow.provisioning.wizard;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.setupflow.catalogue.ConnectionOption;
import com.setupflow.catalogue.Product;
import com.setupflow.catalogue.ProductCatalogue;
import com.setupflow.catalogue.SetupStep;
import com.setupflow.provisioning.org.Org;
import com.setupflow.provisioning.subscription.Subscription;
import com.setupflow.provisioning.subscription.SubscriptionItem;

/**
 * The service-setup steps of a subscription, from the catalogue: the steps of every
 * purchased product, each once, in the catalogue's order.
 */
@Component
public class ServiceSteps {

	private final ProductCatalogue catalogue;

	ServiceSteps(ProductCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	public List<SetupStep> of(List<SubscriptionItem> items) {
		Set<SetupStep> steps = EnumSet.noneOf(SetupStep.class);
		items.forEach(
				(item) -> this.catalogue.find(item.sku()).ifPresent((product) -> steps.addAll(product.setupSteps())));
		return List.copyOf(steps);
	}

	/** The connection options any purchased product offers. */
	public Set<ConnectionOption> connectionOptionsOf(List<SubscriptionItem> items) {
		Set<ConnectionOption> options = EnumSet.noneOf(ConnectionOption.class);
		items.forEach(
				(item) -> this.catalogue.find(item.sku()).map(Product::connectionOptions).ifPresent(options::addAll));
		return options;
	}

	/** Whether a step's settings are saved (the subscription details are only read). */
	public static boolean isDone(SetupStep step, Subscription subscription, Org customerOrg) {
		switch (step) {
			case SUBSCRIPTION_DETAILS:
				return true;
			case CALLING:
				return subscription.getCalling() != null;
			case MEETINGS:
				return subscription.getMeetings() != null;
			case ENTERPRISE:
				return customerOrg.getSubdomain() != null;
			case CONNECTION:
				return !subscription.getConnectionOptions().isEmpty();
			default:
				throw new IllegalArgumentException("Unknown step " + step);
		}
	}

}
