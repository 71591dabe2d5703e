/**
 * Invitations to sign in: a partner admin invites another partner admin or a customer's
 * admin, who follows the emailed link to choose a password.
 */
package com.setupflow.provisioning.invitation;
