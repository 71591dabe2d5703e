/**
 * Events of customer subscriptions, published on
 * {@link com.setupflow.events.Topics#PROVISIONING} keyed by subscription id.
 */
package com.setupflow.events.subscription;
