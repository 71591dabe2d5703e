/**
 * The portal as JSON, for the same signed-in users (HTTP Basic, no session): the same
 * operations and rules as the pages.
 */
package com.setupflow.provisioning.portal.web.api;
