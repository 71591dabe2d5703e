package com.setupflow.provisioning.wizard.web.api;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.setupflow.platform.web.NotFoundException;
import com.setupflow.provisioning.casefile.SetupBy;
import com.setupflow.provisioning.link.ProductNames;
import com.setupflow.provisioning.org.Org;
import com.setupflow.provisioning.wizard.Delegation;
import com.setupflow.provisioning.wizard.DraftStep;
import com.setupflow.provisioning.wizard.Installation;
import com.setupflow.provisioning.wizard.PartnerDispute;
import com.setupflow.provisioning.wizard.SetupDraft;
import com.setupflow.provisioning.wizard.SetupProgress;
import com.setupflow.provisioning.wizard.SetupState;

/**
 * The setup wizard up to installation, for clients other than a browser. As on the pages,
 * the draft travels with each request and nothing is saved before installation; the token
 * in the path is the only credential.
 */
@RestController
@RequestMapping("/api/v1/setup/{token}")
@Tag(name = "Setup wizard", description = "The steps a setup link opens, authenticated by its token")
class SetupApiController {

	private final SetupProgress progress;

	private final Delegation delegation;

	private final PartnerDispute dispute;

	private final Installation installation;

	private final ProductNames productNames;

	SetupApiController(SetupProgress progress, Delegation delegation, PartnerDispute dispute, Installation installation,
			ProductNames productNames) {
		this.progress = progress;
		this.delegation = delegation;
		this.dispute = dispute;
		this.installation = installation;
		this.productNames = productNames;
	}

	@GetMapping
	@Operation(summary = "Where the setup stands; the first open of any link of the order records the setup start")
	@ApiResponse(responseCode = "200", description = "The setup's state")
	@ApiResponse(responseCode = "404", description = "No setup link has this token")
	@ApiResponse(responseCode = "410", description = "The link expired, was replaced, or its order ended")
	SetupStateResponse state(@PathVariable String token) {
		return SetupStateResponse.of(this.progress.state(token), this.productNames);
	}

	@PostMapping("/checks/{step}")
	@Operation(summary = "Checks the draft up to a step (role, who, partner-org, customer-admin, customer-org, "
			+ "confirm); saves nothing")
	@ApiResponse(responseCode = "200", description = "Every rule holds")
	@ApiResponse(responseCode = "400", description = "A rule is broken: errors name each field and rule")
	@ApiResponse(responseCode = "404", description = "Unknown token, or a step this setup does not have")
	@ApiResponse(responseCode = "409", description = "The order is installed already")
	CheckResponse check(@PathVariable String token, @PathVariable String step, @RequestBody SetupDraft draft) {
		DraftStep draftStep = DraftStep.fromSlug(step);
		if (draftStep == null) {
			throw new NotFoundException("setup step", step);
		}
		// Which steps exist depends on who sets up; the link is checked before the step.
		SetupState state = this.progress.state(token);
		SetupBy setupBy = state.setupCase().getSetupBy();
		if (!DraftStep.path(setupBy).contains(draftStep)) {
			throw new NotFoundException("setup step", step);
		}
		Org existingCustomerOrg = this.progress.check(token, draft, draftStep);
		return new CheckResponse(true, nextStep(draftStep, setupBy, draft, state.partnerOrg() != null),
				OrgView.of(existingCustomerOrg));
	}

	@PostMapping("/delegation")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Hands the setup to a colleague or the customer: they get a new link, this one stops working")
	@ApiResponse(responseCode = "202", description = "The new link is on its way")
	@ApiResponse(responseCode = "400", description = "A rule is broken, e.g. the address belongs to another org")
	@ApiResponse(responseCode = "409", description = "The order is installed already")
	DelegationResponse delegate(@PathVariable String token, @RequestBody DelegationRequest request) {
		// Only a partner hands over: the role question was answered "partner".
		SetupDraft draft = new SetupDraft(SetupDraft.PARTNER, request.who(), request.delegateEmail(), null, null, null,
				null, null);
		return new DelegationResponse(this.delegation.handOver(token, draft));
	}

	@PostMapping("/partner-org-dispute")
	@Operation(summary = "\"I don't recognise this organisation\": stops the setup and alerts the account rep, once")
	@ApiResponse(responseCode = "202", description = "The account rep will be alerted")
	@ApiResponse(responseCode = "409", description = "No partner org on record, or the order is installed")
	ResponseEntity<Void> disputePartnerOrg(@PathVariable String token) {
		this.dispute.report(token);
		return ResponseEntity.accepted().build();
	}

	@PostMapping("/installation")
	@Operation(summary = "Installs the order as the draft says: creates the orgs and the subscription at once")
	@ApiResponse(responseCode = "201", description = "Installed; Location is the setup's state")
	@ApiResponse(responseCode = "400", description = "A rule is broken; nothing was created")
	@ApiResponse(responseCode = "409", description = "The order is installed already")
	ResponseEntity<InstallationResponse> install(@PathVariable String token, @RequestBody SetupDraft draft) {
		UUID subscriptionId = this.installation.install(token, draft);
		URI state = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/api/v1/setup/{token}")
			.buildAndExpand(token)
			.toUri();
		return ResponseEntity.created(state).body(new InstallationResponse(subscriptionId));
	}

	/**
	 * Where valid answers lead. Some answers end the draft instead: another role than
	 * partner, handing over, disputing the partner org, and confirming (which installs).
	 */
	private static String nextStep(DraftStep step, SetupBy setupBy, SetupDraft draft, boolean partnerOrgOnRecord) {
		boolean leadsOn = switch (step) {
			case ROLE -> SetupDraft.PARTNER.equals(draft.role());
			case WHO -> SetupDraft.ME.equals(draft.who());
			case PARTNER_ORG -> !partnerOrgOnRecord || SetupDraft.CONFIRMED.equals(draft.partnerOrgVerdict());
			case CUSTOMER_ADMIN, CUSTOMER_ORG -> true;
			case CONFIRM -> false;
		};
		return leadsOn ? step.next(setupBy).slug() : null;
	}

}
