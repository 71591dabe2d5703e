package com.setupflow.catalogue;

/**
 * A service-setup step of the wizard, in the order the catalogue lists them.
 */
public enum SetupStep {

	SUBSCRIPTION_DETAILS, CALLING, MEETINGS, ENTERPRISE, CONNECTION

}
