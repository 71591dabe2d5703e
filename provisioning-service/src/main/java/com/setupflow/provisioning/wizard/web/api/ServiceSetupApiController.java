package com.setupflow.provisioning.wizard.web.api;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.setupflow.provisioning.input.FieldIssue;
import com.setupflow.provisioning.input.FieldMessages;
import com.setupflow.provisioning.input.InputRejected;
import com.setupflow.provisioning.subscription.CallingSettings;
import com.setupflow.provisioning.subscription.MeetingSettings;
import com.setupflow.provisioning.wizard.Deployment;
import com.setupflow.provisioning.wizard.PasswordChoice;
import com.setupflow.provisioning.wizard.ServiceSetup;
import com.setupflow.provisioning.wizard.SetupProgress;

/**
 * The setup wizard after installation: the new admin's password, the service settings
 * (each saved on its own, again until deployment), and "Deploy and start billing".
 */
@RestController
@RequestMapping("/api/v1/setup/{token}")
@Tag(name = "Setup wizard")
class ServiceSetupApiController {

	private final PasswordChoice passwords;

	private final ServiceSetup services;

	private final Deployment deployment;

	private final SetupProgress progress;

	private final FieldMessages messages;

	ServiceSetupApiController(PasswordChoice passwords, ServiceSetup services, Deployment deployment,
			SetupProgress progress, FieldMessages messages) {
		this.passwords = passwords;
		this.services = services;
		this.deployment = deployment;
		this.progress = progress;
		this.messages = messages;
	}

	@PutMapping("/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Chooses the sign-in password of the new org admin the link was sent to, once")
	@ApiResponse(responseCode = "204", description = "Saved")
	@ApiResponse(responseCode = "400", description = "Too short, the address itself, or not typed the same twice")
	@ApiResponse(responseCode = "409", description = "Not installed, no new login, or a password exists already")
	void choosePassword(@PathVariable String token, @RequestBody PasswordRequest request) {
		this.passwords.choose(token, request.password(), request.passwordConfirmation());
	}

	@PutMapping("/settings/calling")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Saves the calling settings")
	@ApiResponse(responseCode = "204", description = "Saved")
	@ApiResponse(responseCode = "409", description = "Not installed yet, or deployed already")
	void saveCalling(@PathVariable String token, @RequestBody CallingSettings settings) {
		this.services.saveCalling(token, settings);
	}

	@PutMapping("/settings/meetings")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Saves the meeting settings")
	@ApiResponse(responseCode = "204", description = "Saved")
	@ApiResponse(responseCode = "409", description = "Not installed yet, or deployed already")
	void saveMeetings(@PathVariable String token, @RequestBody MeetingSettings settings) {
		this.services.saveMeetings(token, settings);
	}

	@PutMapping("/settings/enterprise")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Saves the customer org's enterprise subdomain; once saved it stays")
	@ApiResponse(responseCode = "204", description = "Saved")
	@ApiResponse(responseCode = "400", description = "Malformed, reserved, taken, or another one was saved before")
	@ApiResponse(responseCode = "409", description = "Not installed yet, or deployed already")
	void saveEnterprise(@PathVariable String token, @RequestBody EnterpriseRequest request) {
		this.services.saveSubdomain(token, request.subdomain());
	}

	@PutMapping("/settings/connection")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Saves how the services connect: any combination of the options the products offer")
	@ApiResponse(responseCode = "204", description = "Saved")
	@ApiResponse(responseCode = "400", description = "None chosen, or one the products do not offer")
	@ApiResponse(responseCode = "409", description = "Not installed yet, or deployed already")
	void saveConnection(@PathVariable String token, @RequestBody ConnectionRequest request) {
		this.services.saveConnectionOptions(token, request.connectionOptions());
	}

	@GetMapping("/subdomains/{subdomain}")
	@Operation(summary = "\"Check availability\": whether the subdomain may be saved now")
	@ApiResponse(responseCode = "200", description = "Available, or not with the rule it breaks")
	@ApiResponse(responseCode = "409", description = "Not installed yet, or deployed already")
	SubdomainAvailability checkSubdomain(@PathVariable String token, @PathVariable String subdomain, Locale locale) {
		try {
			return SubdomainAvailability.free(this.services.checkSubdomain(token, subdomain));
		}
		catch (InputRejected ex) {
			// Malformed or taken is the answer to the question, not a failed request.
			FieldIssue issue = ex.getIssues().get(0);
			return SubdomainAvailability.refused(subdomain, issue.rule(), this.messages.messageOf(issue, locale));
		}
	}

	@PostMapping("/deployment")
	@Operation(summary = "\"Deploy and start billing\": activates the subscription and starts billing, once")
	@ApiResponse(responseCode = "200", description = "Deployed now, or already (deployed: false)")
	@ApiResponse(responseCode = "400", description = "A service-setup step is not saved yet (field steps)")
	@ApiResponse(responseCode = "409", description = "Not installed yet")
	DeploymentResponse deploy(@PathVariable String token) {
		boolean deployed = this.deployment.deploy(token);
		return new DeploymentResponse(deployed, this.progress.state(token).subscription().getBillingPeriodStart());
	}

}
