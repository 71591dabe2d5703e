/**
 * The notification service: every email setupflow sends, its delivery log and retries.
 */
package com.setupflow.notification;
