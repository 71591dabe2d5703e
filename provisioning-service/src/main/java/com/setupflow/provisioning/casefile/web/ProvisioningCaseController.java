package com.setupflow.provisioning.casefile.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.setupflow.platform.web.NotFoundException;
import com.setupflow.provisioning.casefile.ProvisioningCases;

/**
 * Reads provisioning cases. Cases change only through order events, so there is nothing
 * to write here yet.
 */
@RestController
@RequestMapping("/api/v1/provisioning")
class ProvisioningCaseController {

	private final ProvisioningCases cases;

	ProvisioningCaseController(ProvisioningCases cases) {
		this.cases = cases;
	}

	@GetMapping("/{orderId}")
	@Operation(summary = "The provisioning case of an order")
	@ApiResponse(responseCode = "200", description = "The case")
	@ApiResponse(responseCode = "404", description = "No case for this order (yet)")
	@ApiResponse(responseCode = "400", description = "The order id is not a UUID")
	CaseResponse byOrderId(@PathVariable UUID orderId) {
		return this.cases.findById(orderId)
			.map(CaseResponse::of)
			.orElseThrow(() -> new NotFoundException("provisioning case", orderId));
	}

}
