/**
 * The delivery log over HTTP: what was sent, what waits for a retry, the dead letters and
 * their retry.
 */
package com.setupflow.notification.web;
