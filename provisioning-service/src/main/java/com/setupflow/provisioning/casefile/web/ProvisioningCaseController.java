package com.setupflow.provisioning.casefile.web;

import java.time.Clock;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.setupflow.platform.web.NotFoundException;
import com.setupflow.provisioning.casefile.ProvisioningCases;
import com.setupflow.provisioning.link.SetupLinks;

/**
 * Reads provisioning cases. Cases change only through order events and setup links, so
 * there is nothing to write here yet.
 */
@RestController
@RequestMapping("/api/v1/provisioning")
class ProvisioningCaseController {

	private final ProvisioningCases cases;

	private final SetupLinks links;

	private final Clock clock;

	ProvisioningCaseController(ProvisioningCases cases, SetupLinks links, Clock clock) {
		this.cases = cases;
		this.links = links;
		this.clock = clock;
	}

	@GetMapping("/{orderId}")
	@Operation(summary = "The provisioning case of an order, with a summary of its setup links")
	@ApiResponse(responseCode = "200", description = "The case")
	@ApiResponse(responseCode = "404", description = "No case for this order (yet)")
	@ApiResponse(responseCode = "400", description = "The order id is not a UUID")
	CaseResponse byOrderId(@PathVariable UUID orderId) {
		return this.cases.findById(orderId)
			.map((found) -> CaseResponse.of(found, this.links.summaryOf(orderId, this.clock.instant())))
			.orElseThrow(() -> new NotFoundException("provisioning case", orderId));
	}

}
