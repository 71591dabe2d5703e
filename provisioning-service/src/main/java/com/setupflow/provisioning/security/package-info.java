/**
 * Who may do what: setup pages and the setup API are opened by the link's token alone;
 * the portal needs an org user's login; every form carries a CSRF token.
 */
package com.setupflow.provisioning.security;
