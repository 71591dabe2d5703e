package com.setupflow.provisioning.wizard;

import java.util.List;
import java.util.Set;

import com.setupflow.catalogue.ConnectionOption;
import com.setupflow.provisioning.casefile.ProvisioningCase;
import com.setupflow.provisioning.org.Org;
import com.setupflow.provisioning.subscription.Subscription;

/**
 * Everything a page or the API shows of a setup, read in one transaction.
 *
 * @param setupCase the order's case
 * @param recipientEmail who the link was sent to
 * @param stage where the setup stands
 * @param partnerOrg the partner's org when it exists
 * @param subscription the subscription once installed, else {@code null}
 * @param customerOrg the customer org once installed, else {@code null}
 * @param serviceSteps the service-setup steps once installed, else empty
 * @param connectionOptions the connection options the products offer
 */
public record SetupState(ProvisioningCase setupCase, String recipientEmail, Stage stage, Org partnerOrg,
		Subscription subscription, Org customerOrg, List<StepState> serviceSteps,
		Set<ConnectionOption> connectionOptions) {

	/** Whether every service-setup step is saved: "Deploy and start billing" may run. */
	public boolean readyToDeploy() {
		// Before installation there are no steps, and nothing to deploy.
		return !this.serviceSteps.isEmpty() && this.serviceSteps.stream().allMatch(StepState::done);
	}

	/** The first step not saved yet, or {@code null}. */
	public StepState nextStep() {
		return this.serviceSteps.stream().filter((state) -> !state.done()).findFirst().orElse(null);
	}

}
