/**
 * The provisioning case of each order: what was ordered, who sets it up, and how far its
 * setup got.
 */
package com.setupflow.provisioning.casefile;
