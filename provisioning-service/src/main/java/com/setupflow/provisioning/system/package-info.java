/**
 * Service-wide wiring: the Kafka topics this service creates and the languages its pages
 * speak.
 */
package com.setupflow.provisioning.system;
