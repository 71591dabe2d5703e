/**
 * The pages a setup link opens under {@code /setup}: server-rendered, English or French,
 * never cached, never sending the link on in a Referer header.
 */
package com.setupflow.provisioning.link.web;
