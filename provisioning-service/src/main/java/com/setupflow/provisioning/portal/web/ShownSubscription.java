package com.setupflow.provisioning.portal.web;

import com.setupflow.provisioning.portal.SubscriptionView;

/**
 * A subscription with what the pages show of it in the reader's words.
 *
 * @param view the subscription
 * @param status its status, e.g. "Trial · 12 days left"
 * @param created the day it was created
 * @param trialEnds the day its trial ends (or ended), {@code null} without a trial
 * @param ended the day it was cancelled or expired, {@code null} while live
 * @param billingStart the first day billed, {@code null} while not billed or for customer
 * admins
 */
record ShownSubscription(SubscriptionView view, String status, String created, String trialEnds, String ended,
		String billingStart) {

}
