package com.setupflow.provisioning.wizard;

import com.setupflow.catalogue.SetupStep;

/**
 * One service-setup step and whether it is saved.
 *
 * @param step the step
 * @param done whether its settings are saved
 */
public record StepState(SetupStep step, boolean done) {

	/** The step as it appears in URLs, e.g. {@code subscription-details}. */
	public String slug() {
		return this.step.name().toLowerCase().replace('_', '-');
	}

}
