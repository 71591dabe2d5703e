/**
 * The provisioning service: one provisioning case per order, from placed to provisioned.
 */
package com.setupflow.provisioning;
