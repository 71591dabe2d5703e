/**
 * Events for the billing system, on {@link com.setupflow.events.Topics#BILLING}.
 */
package com.setupflow.events.billing;
