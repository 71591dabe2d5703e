/**
 * The setup wizard behind a setup link: the steps before installation travel with each
 * request and save nothing; installation creates the orgs and the subscription in one
 * transaction; service setup saves step by step; deployment starts billing, once.
 */
package com.setupflow.provisioning.wizard;
