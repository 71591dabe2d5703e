/**
 * Organisations (partners and their customers) and their admin users. An email address
 * belongs to one org at a time.
 */
package com.setupflow.provisioning.org;
