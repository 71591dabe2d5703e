/**
 * What the other services report about an order (links issued and opened, setup
 * delegated, partner organisation disputed, order installed, services deployed, emails
 * sent or failed), applied to the order and its timeline exactly once.
 */
package com.setupflow.order.progress;
