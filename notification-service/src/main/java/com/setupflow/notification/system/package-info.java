/**
 * Wiring about the running service rather than emails: topics, API documentation.
 */
package com.setupflow.notification.system;
