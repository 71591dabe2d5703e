/**
 * What each email says: Thymeleaf templates (HTML and plain text) with their English and
 * French messages, and the rules that keep user-supplied text harmless in them.
 */
package com.setupflow.notification.template;
