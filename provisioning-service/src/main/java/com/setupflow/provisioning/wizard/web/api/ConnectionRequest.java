package com.setupflow.provisioning.wizard.web.api;

import java.util.Set;

import com.setupflow.catalogue.ConnectionOption;

/**
 * How the services connect to the customer's mail system.
 *
 * @param connectionOptions one or more of the options the products offer
 */
record ConnectionRequest(Set<ConnectionOption> connectionOptions) {

}
