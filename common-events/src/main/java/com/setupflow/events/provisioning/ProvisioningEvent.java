package com.setupflow.events.provisioning;

import java.util.UUID;

import com.setupflow.events.DomainEvent;

/**
 * Events of the provisioning stream, published on
 * {@link com.setupflow.events.Topics#PROVISIONING} keyed by order id.
 */
public sealed interface ProvisioningEvent extends DomainEvent
		permits SetupLinkIssued, ProvisioningStarted, SetupLinksRevoked, SetupDelegated, PartnerOrgDisputed,
		PartnerOrgCreated, CustomerOrgCreated, OrderInstalled, ServicesDeployed {

	UUID orderId();

	String orderNumber();

}
