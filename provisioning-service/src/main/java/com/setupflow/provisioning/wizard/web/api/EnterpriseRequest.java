package com.setupflow.provisioning.wizard.web.api;

/**
 * Enterprise settings.
 *
 * @param subdomain the customer org's enterprise subdomain, one DNS label
 */
record EnterpriseRequest(String subdomain) {

}
