/**
 * The account rep dashboard's pages: sign-in, the rep's stalled orders and one order with
 * its timeline, and the forms that resend, re-assign and annotate. Server-rendered,
 * usable without JavaScript, in English and French.
 */
package com.setupflow.order.dashboard.web;
