package com.setupflow.provisioning.wizard.web.api;

/**
 * The setup was handed over; this link no longer works.
 *
 * @param recipientEmail the address the new link is sent to
 */
record DelegationResponse(String recipientEmail) {

}
