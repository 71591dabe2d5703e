/**
 * The wizard's pages under {@code /setup/{token}}: server-rendered, usable without
 * JavaScript, English or French by the browser's language.
 */
package com.setupflow.provisioning.wizard.web;
