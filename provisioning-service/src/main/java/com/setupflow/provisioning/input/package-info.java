/**
 * What people type, checked once for pages and APIs alike: the rules, the issues they
 * find on each field and the words that explain them.
 */
package com.setupflow.provisioning.input;
