/**
 * The portal for signed-in org users: a partner admin sees the customer orgs its org
 * manages, a customer admin its own org. Anything else answers 404, as if it did not
 * exist.
 */
package com.setupflow.provisioning.portal;
