/**
 * Turns the events that owe someone an email into delivery-log rows, each event exactly
 * once: "Configure now" on {@code SetupLinkIssued}, the stall alert on
 * {@code OrderStalled}, the cancellation notice on {@code OrderCancelled}, the disputed
 * partner organisation alert on {@code PartnerOrgDisputed}; and the portal's: the
 * invitation to sign in on {@code OrgUserInvited}, the partner admins' trial reminder on
 * {@code TrialEndingSoon} and notice on {@code TrialExpired}.
 */
package com.setupflow.notification.intake;
