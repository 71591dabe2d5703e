/**
 * The portal's pages: a partner admin's customer subscriptions (list, new, launch,
 * manage, cancel, archive), the partner's admins, and the invitation page where an
 * invited admin chooses a password. Server-rendered, usable without JavaScript, English
 * or French by the browser's language. A customer admin sees its own subscriptions and
 * none of the partner's actions; whatever a user may not reach answers 404.
 */
package com.setupflow.provisioning.portal.web;
