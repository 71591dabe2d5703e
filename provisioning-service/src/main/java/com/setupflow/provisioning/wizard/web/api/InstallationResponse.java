package com.setupflow.provisioning.wizard.web.api;

import java.util.UUID;

/**
 * The order is installed: its orgs and subscription exist.
 *
 * @param subscriptionId the subscription the order became
 */
record InstallationResponse(UUID subscriptionId) {

}
