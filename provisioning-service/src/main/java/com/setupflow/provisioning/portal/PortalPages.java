package com.setupflow.provisioning.portal;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import com.setupflow.provisioning.security.OrgUserDetails;

/** The portal's pages. */
@Controller
class PortalPages {

	private final PortalCustomers customers;

	PortalPages(PortalCustomers customers) {
		this.customers = customers;
	}

	@GetMapping({ "/", "/portal" })
	String home(@AuthenticationPrincipal OrgUserDetails user, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("customers", this.customers.visibleTo(user));
		return "portal/home";
	}

	@GetMapping("/portal/customers/{id}")
	String customer(@AuthenticationPrincipal OrgUserDetails user, @PathVariable UUID id, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("customer",
				this.customers.find(user, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "portal/customer";
	}

}
