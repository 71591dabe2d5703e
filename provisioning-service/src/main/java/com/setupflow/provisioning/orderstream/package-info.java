/**
 * Applies the order stream ({@code setupflow.orders}) to provisioning cases and their
 * setup links, each event exactly once.
 */
package com.setupflow.provisioning.orderstream;
