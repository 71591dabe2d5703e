package com.setupflow.notification.web;

import java.time.Clock;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.setupflow.notification.delivery.DeliveryLog;
import com.setupflow.notification.delivery.DeliveryQueries;
import com.setupflow.notification.delivery.DeliveryStatus;
import com.setupflow.platform.web.NotFoundException;

/**
 * The delivery log for operators: list the emails of an order (or of a subscription, or
 * to an invited user) or the dead letters, and send a dead letter again once its cause is
 * fixed.
 */
@RestController
@RequestMapping(path = "/api/v1/notifications", produces = MediaType.APPLICATION_JSON_VALUE)
class NotificationController {

	private final DeliveryQueries queries;

	private final DeliveryLog deliveryLog;

	private final Clock clock;

	NotificationController(DeliveryQueries queries, DeliveryLog deliveryLog, Clock clock) {
		this.queries = queries;
		this.deliveryLog = deliveryLog;
		this.clock = clock;
	}

	/**
	 * Emails newest first, optionally of one correlation id (an order, a subscription or
	 * an invited user) and in one status.
	 */
	@GetMapping
	DeliveryPageView list(@RequestParam(required = false) UUID correlationId,
			@RequestParam(required = false) DeliveryStatus status,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return DeliveryPageView.of(this.queries.find(correlationId, status, page, size));
	}

	@GetMapping("/{id}")
	DeliveryView get(@PathVariable UUID id) {
		return this.queries.find(id).map(DeliveryView::of).orElseThrow(() -> new NotFoundException("Notification", id));
	}

	/**
	 * 202: the failed email is queued for a fresh series of tries (again is harmless);
	 * 404 unknown; 409 when it was sent or skipped.
	 */
	@PostMapping("/{id}/retry")
	ResponseEntity<DeliveryView> retry(@PathVariable UUID id) {
		return ResponseEntity.accepted().body(DeliveryView.of(this.deliveryLog.retry(id, this.clock.instant())));
	}

}
