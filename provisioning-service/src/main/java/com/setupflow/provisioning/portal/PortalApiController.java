package com.setupflow.provisioning.portal;

import java.util.List;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.setupflow.platform.web.NotFoundException;
import com.setupflow.provisioning.security.OrgUserDetails;

/** The portal's customers as JSON, for the same signed-in users. */
@RestController
@RequestMapping("/api/v1/portal/customers")
class PortalApiController {

	private final PortalCustomers customers;

	PortalApiController(PortalCustomers customers) {
		this.customers = customers;
	}

	@GetMapping
	List<CustomerView> list(@AuthenticationPrincipal OrgUserDetails user) {
		return this.customers.visibleTo(user);
	}

	@GetMapping("/{id}")
	CustomerView get(@AuthenticationPrincipal OrgUserDetails user, @PathVariable UUID id) {
		return this.customers.find(user, id).orElseThrow(() -> new NotFoundException("Customer", id));
	}

}
