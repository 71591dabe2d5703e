/**
 * Subscriptions: what an installed order (or, later, a portal trial) became, its service
 * settings and its deployment.
 */
package com.setupflow.provisioning.subscription;
