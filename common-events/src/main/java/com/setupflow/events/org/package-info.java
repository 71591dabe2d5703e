/**
 * Events of org users, published on {@link com.setupflow.events.Topics#PROVISIONING}
 * keyed by user id.
 */
package com.setupflow.events.org;
