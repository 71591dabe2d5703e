package com.setupflow.provisioning.wizard;

/**
 * The order is past the step asked for (for instance already installed): the step is
 * refused and nothing changes. Pages send the reader to where the order stands.
 */
public class StepConflict extends RuntimeException {

	public StepConflict(String message) {
		super(message);
	}

}
