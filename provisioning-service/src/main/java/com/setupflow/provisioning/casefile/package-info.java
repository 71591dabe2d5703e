/**
 * The provisioning case of each order, kept up to date from the order events it consumes.
 */
package com.setupflow.provisioning.casefile;
