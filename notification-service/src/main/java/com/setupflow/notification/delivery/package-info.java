/**
 * The delivery log and the sending of what it holds: every email owed is a row, sent once
 * over SMTP by the worker, retried with backoff while the server fails, and kept as a
 * dead letter after its last try.
 */
package com.setupflow.notification.delivery;
