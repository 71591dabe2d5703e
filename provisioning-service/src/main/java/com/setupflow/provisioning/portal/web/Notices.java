package com.setupflow.provisioning.portal.web;

import java.util.Set;

import org.springframework.ui.Model;

/**
 * What a page says after a change redirected to it (Post/Redirect/Get): a known word in
 * the {@code notice} parameter picks the message, anything else shows nothing.
 */
final class Notices {

	static final String CREATED = "created";

	static final String CONNECTED = "connected";

	static final String SPF_SAVED = "spfSaved";

	static final String USERS_ADDED = "usersAdded";

	static final String ACTIVATED = "activated";

	static final String CANCELLED = "cancelled";

	static final String ADMIN_INVITED = "adminInvited";

	private static final Set<String> KNOWN = Set.of(CREATED, CONNECTED, SPF_SAVED, USERS_ADDED, ACTIVATED, CANCELLED,
			ADMIN_INVITED);

	private Notices() {
	}

	static void show(String notice, Model model) {
		if (notice != null && KNOWN.contains(notice)) {
			model.addAttribute("notice", "portal.notice." + notice);
		}
	}

}
