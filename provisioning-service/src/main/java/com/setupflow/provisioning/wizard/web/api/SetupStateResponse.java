package com.setupflow.provisioning.wizard.web.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.setupflow.catalogue.ConnectionOption;
import com.setupflow.provisioning.casefile.ProvisioningCase;
import com.setupflow.provisioning.casefile.SetupBy;
import com.setupflow.provisioning.link.ProductNames;
import com.setupflow.provisioning.subscription.CallingSettings;
import com.setupflow.provisioning.subscription.MeetingSettings;
import com.setupflow.provisioning.subscription.Subscription;
import com.setupflow.provisioning.wizard.DraftStep;
import com.setupflow.provisioning.wizard.SetupState;
import com.setupflow.provisioning.wizard.Stage;

/**
 * Where the setup behind a link stands: this order only, and only what the person setting
 * up needs. Fields after {@code draftSteps} are {@code null} (or empty) until the order
 * is installed.
 *
 * @param orderNumber the commerce system's order number
 * @param stage where the setup stands
 * @param setupBy who sets up: the partner or the customer
 * @param recipientEmail who the link was sent to (the login of a new org admin)
 * @param customerName the customer as named on the order
 * @param products what was ordered
 * @param partnerOrg the ordering partner's org when it exists and the partner sets up, to
 * confirm; {@code null} when a new one is to be created or the customer sets up
 * @param draftSteps the slugs of the steps before installation, in order, while the stage
 * is {@code DRAFT}
 * @param subscriptionId the subscription the order became
 * @param customerOrg the customer org served, with its subdomain once chosen
 * @param serviceSteps the service-setup steps and whether each is saved
 * @param connectionOptions the connection options the products offer
 * @param calling the saved calling settings
 * @param meetings the saved meeting settings
 * @param chosenConnectionOptions the saved connection options
 * @param readyToDeploy whether "Deploy and start billing" may run now
 * @param billingPeriodStart the first day billed, once deployed
 */
record SetupStateResponse(String orderNumber, Stage stage, SetupBy setupBy, String recipientEmail, String customerName,
		List<Product> products, OrgView partnerOrg, List<String> draftSteps, UUID subscriptionId, OrgView customerOrg,
		List<ServiceStep> serviceSteps, Set<ConnectionOption> connectionOptions, CallingSettings calling,
		MeetingSettings meetings, Set<ConnectionOption> chosenConnectionOptions, boolean readyToDeploy,
		LocalDate billingPeriodStart) {

	static SetupStateResponse of(SetupState state, ProductNames names) {
		ProvisioningCase setupCase = state.setupCase();
		List<Product> products = setupCase.getItems()
			.stream()
			.map((item) -> new Product(item.sku(), names.nameOf(item.sku()), item.quantity()))
			.toList();
		List<String> draftSteps = (state.stage() == Stage.DRAFT)
				? DraftStep.path(setupCase.getSetupBy()).stream().map(DraftStep::slug).toList() : List.of();
		// The customer's admin answers no question about the partner's org.
		OrgView partnerOrg = (setupCase.getSetupBy() == SetupBy.PARTNER) ? OrgView.of(state.partnerOrg()) : null;
		Subscription subscription = state.subscription();
		List<ServiceStep> serviceSteps = state.serviceSteps()
			.stream()
			.map((step) -> new ServiceStep(step.slug(), step.done()))
			.toList();
		// SetupState counts "no steps" as ready; before installation nothing can deploy.
		boolean readyToDeploy = subscription != null && state.stage() != Stage.DEPLOYED && state.readyToDeploy();
		return new SetupStateResponse(setupCase.getOrderNumber(), state.stage(), setupCase.getSetupBy(),
				state.recipientEmail(), setupCase.getCustomerName(), products, partnerOrg, draftSteps,
				(subscription != null) ? subscription.getId() : null, OrgView.of(state.customerOrg()), serviceSteps,
				state.connectionOptions(), (subscription != null) ? subscription.getCalling() : null,
				(subscription != null) ? subscription.getMeetings() : null,
				(subscription != null) ? subscription.getConnectionOptions() : Set.of(), readyToDeploy,
				(subscription != null) ? subscription.getBillingPeriodStart() : null);
	}

	/**
	 * One ordered product.
	 *
	 * @param sku catalogue SKU
	 * @param name display name
	 * @param quantity number of licences
	 */
	record Product(String sku, String name, int quantity) {
	}

	/**
	 * One service-setup step.
	 *
	 * @param step its slug, e.g. {@code calling}, as in {@code /settings/calling}
	 * @param done whether its settings are saved
	 */
	record ServiceStep(String step, boolean done) {
	}

}
