package com.setupflow.provisioning.wizard.web.api;

/**
 * A draft step that passed every rule (a broken rule answers a problem instead).
 *
 * @param valid always {@code true}
 * @param nextStep the slug of the step the answers lead to, or {@code null} when they
 * lead to an action instead: installation after {@code confirm}, delegation after handing
 * over, the dispute after "I don't recognise this org", nothing for a role other than
 * partner
 * @param existingCustomerOrg the customer org the admin address leads to, which the
 * reader confirms rather than creates; {@code null} for a new one
 */
record CheckResponse(boolean valid, String nextStep, OrgView existingCustomerOrg) {

}
