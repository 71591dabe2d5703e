/**
 * Setup links: minted when an order's setup falls due, rotated on resend or contact
 * change, revoked when the order ends, and opened (never consumed) by the deployment
 * contact.
 */
package com.setupflow.provisioning.link;
