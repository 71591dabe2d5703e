package com.setupflow.provisioning.portal.web.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.setupflow.catalogue.ConnectionOption;
import com.setupflow.provisioning.portal.NewPartnerAdmin;
import com.setupflow.provisioning.portal.NewSubscriptions;
import com.setupflow.provisioning.portal.PartnerAdminView;
import com.setupflow.provisioning.portal.PartnerAdmins;
import com.setupflow.provisioning.portal.PortalSubscriptions;
import com.setupflow.provisioning.portal.SubscriptionChanges;
import com.setupflow.provisioning.portal.SubscriptionView;
import com.setupflow.provisioning.security.OrgUserDetails;

/**
 * The portal's subscriptions and admins as JSON. Whatever the caller may not reach
 * answers 404; a change its state forbids 409 naming the rule; broken input 400 naming
 * each field and rule.
 */
@RestController
@RequestMapping("/api/v1/portal")
@Tag(name = "Partner portal", description = "Customer subscriptions and partner admins, for signed-in org users")
class PortalApiController {

	private final PortalSubscriptions subscriptions;

	private final NewSubscriptions newSubscriptions;

	private final SubscriptionChanges changes;

	private final PartnerAdmins admins;

	PortalApiController(PortalSubscriptions subscriptions, NewSubscriptions newSubscriptions,
			SubscriptionChanges changes, PartnerAdmins admins) {
		this.subscriptions = subscriptions;
		this.newSubscriptions = newSubscriptions;
		this.changes = changes;
		this.admins = admins;
	}

	@GetMapping("/subscriptions")
	@Operation(summary = "Live subscriptions (trials, active, in setup), newest first")
	List<SubscriptionView> live(@AuthenticationPrincipal OrgUserDetails user) {
		return this.subscriptions.live(user);
	}

	@GetMapping("/subscriptions/archived")
	@Operation(summary = "Cancelled and expired subscriptions, read-only")
	List<SubscriptionView> archived(@AuthenticationPrincipal OrgUserDetails user) {
		return this.subscriptions.archived(user);
	}

	@GetMapping("/subscriptions/{id}")
	@Operation(summary = "One subscription; billing only for partner admins")
	SubscriptionView get(@AuthenticationPrincipal OrgUserDetails user, @PathVariable UUID id) {
		return this.subscriptions.get(user, id);
	}

	@PostMapping("/subscriptions")
	@Operation(summary = "Add a customer subscription; its trial starts now")
	ResponseEntity<SubscriptionView> create(@AuthenticationPrincipal OrgUserDetails user,
			@RequestBody NewSubscriptionRequest request, Locale locale) {
		UUID id = this.newSubscriptions.create(user, request.toNewSubscription(), locale);
		return ResponseEntity.created(URI.create("/api/v1/portal/subscriptions/" + id))
			.body(this.subscriptions.get(user, id));
	}

	@PutMapping("/subscriptions/{id}/connection")
	@Operation(summary = "Launch: choose how the service connects (at least one option)")
	SubscriptionView connect(@AuthenticationPrincipal OrgUserDetails user, @PathVariable UUID id,
			@RequestBody ConnectionRequest request) {
		this.changes.connect(user, id, request.connectionOptions());
		return this.subscriptions.get(user, id);
	}

	@PutMapping("/subscriptions/{id}/spf-record")
	@Operation(summary = "Validate and save the customer's updated SPF record")
	SubscriptionView saveSpfRecord(@AuthenticationPrincipal OrgUserDetails user, @PathVariable UUID id,
			@RequestBody SpfRecordRequest request) {
		this.changes.saveSpfRecord(user, id, request.record());
		return this.subscriptions.get(user, id);
	}

	@PostMapping("/subscriptions/{id}/users")
	@Operation(summary = "Add users (partner admins)")
	SubscriptionView addUsers(@AuthenticationPrincipal OrgUserDetails user, @PathVariable UUID id,
			@RequestBody AddUsersRequest request) {
		this.changes.addUsers(user, id, (request.add() != null) ? request.add().toString() : null);
		return this.subscriptions.get(user, id);
	}

	@PostMapping("/subscriptions/{id}/activation")
	@Operation(summary = "Activate a trial: billing starts today (partner admins)")
	SubscriptionView activate(@AuthenticationPrincipal OrgUserDetails user, @PathVariable UUID id) {
		this.changes.activate(user, id);
		return this.subscriptions.get(user, id);
	}

	@PostMapping("/subscriptions/{id}/cancellation")
	@Operation(summary = "Cancel: the subscription is archived and billing stops (partner admins)")
	SubscriptionView cancel(@AuthenticationPrincipal OrgUserDetails user, @PathVariable UUID id) {
		this.changes.cancel(user, id);
		return this.subscriptions.get(user, id);
	}

	@GetMapping("/admins")
	@Operation(summary = "The partner org's admins (partner admins)")
	List<PartnerAdminView> admins(@AuthenticationPrincipal OrgUserDetails user) {
		return this.admins.list(user);
	}

	@PostMapping("/admins")
	@Operation(summary = "Invite another partner admin (the address may belong to no org yet)")
	ResponseEntity<PartnerAdminView> addAdmin(@AuthenticationPrincipal OrgUserDetails user,
			@RequestBody NewPartnerAdmin request, Locale locale) {
		UUID id = this.admins.add(user, request, locale);
		PartnerAdminView added = this.admins.list(user)
			.stream()
			.filter((admin) -> admin.id().equals(id))
			.findFirst()
			.orElseThrow();
		return ResponseEntity.created(URI.create("/api/v1/portal/admins/" + id)).body(added);
	}

	/**
	 * @param connectionOptions the options chosen
	 */
	record ConnectionRequest(Set<ConnectionOption> connectionOptions) {
	}

	/**
	 * @param record the whole record, starting {@code v=spf1}
	 */
	record SpfRecordRequest(String record) {
	}

	/**
	 * @param add how many users to add
	 */
	record AddUsersRequest(Integer add) {
	}

}
