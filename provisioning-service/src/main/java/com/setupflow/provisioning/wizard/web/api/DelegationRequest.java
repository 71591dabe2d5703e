package com.setupflow.provisioning.wizard.web.api;

/**
 * "Another person in my company" or "The customer will".
 *
 * @param who {@code COLLEAGUE} or {@code CUSTOMER}
 * @param delegateEmail who receives the new setup link
 */
record DelegationRequest(String who, String delegateEmail) {

}
