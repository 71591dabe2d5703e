package com.setupflow.order.order.web;

import java.net.URI;
import java.security.Principal;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.setupflow.order.order.OrderChanges;
import com.setupflow.order.order.OrderIntake;
import com.setupflow.order.order.OrderNotes;
import com.setupflow.order.order.OrderIntake.Placement;
import com.setupflow.order.order.OrderQueries;
import com.setupflow.order.order.OrderRepository;
import com.setupflow.order.order.OrderStatus;
import com.setupflow.order.timeline.Timeline;
import com.setupflow.platform.web.NotFoundException;

/**
 * The commerce system's order API.
 */
@RestController
@RequestMapping(path = "/api/v1/orders", produces = MediaType.APPLICATION_JSON_VALUE)
class OrderController {

	private final OrderIntake intake;

	private final OrderChanges changes;

	private final OrderRepository orders;

	private final OrderQueries queries;

	private final OrderNotes notes;

	private final Timeline timeline;

	OrderController(OrderIntake intake, OrderChanges changes, OrderRepository orders, OrderQueries queries,
			OrderNotes notes, Timeline timeline) {
		this.intake = intake;
		this.changes = changes;
		this.orders = orders;
		this.queries = queries;
		this.notes = notes;
		this.timeline = timeline;
	}

	/**
	 * 201 with the new order; 200 with the same order when this exact request was placed
	 * before.
	 */
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<OrderView> place(@Valid @RequestBody PlaceOrderRequest request) {
		Placement placement = this.intake.place(request.toNewOrder());
		OrderView view = OrderView.of(placement.order());
		if (!placement.created()) {
			return ResponseEntity.ok(view);
		}
		return ResponseEntity.created(URI.create("/api/v1/orders/" + view.id())).body(view);
	}

	/** The order with its timeline. */
	@GetMapping("/{id}")
	OrderView get(@PathVariable UUID id) {
		return this.orders.findById(id)
			.map((order) -> OrderView.of(order).withTimeline(this.timeline.of(id)))
			.orElseThrow(() -> new NotFoundException("Order", id));
	}

	@GetMapping
	OrderPageView list(@RequestParam(required = false) String partnerId,
			@RequestParam(required = false) OrderStatus status,
			@RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return OrderPageView.of(this.queries.find(partnerId, status, page, size));
	}

	/**
	 * Cancelling twice is fine: the second call returns the cancelled order. 409 once
	 * closed or installed (an installed order is cancelled through its subscription).
	 */
	@PostMapping("/{id}/cancel")
	OrderView cancel(@PathVariable UUID id, @Valid @RequestBody(required = false) CancelOrderRequest request) {
		String reason = (request != null) ? request.reason() : null;
		return OrderView.of(this.changes.cancel(id, reason));
	}

	/** 409 once the order ended or was installed. */
	@PutMapping(path = "/{id}/deployment-contact", consumes = MediaType.APPLICATION_JSON_VALUE)
	OrderView changeDeploymentContact(@PathVariable UUID id, @Valid @RequestBody ChangeContactRequest request) {
		return OrderView.of(this.changes.changeDeploymentContact(id, request.email()));
	}

	/** Moves the start date of an order not yet invited; 409 once invited (or later). */
	@PutMapping(path = "/{id}/requested-start-date", consumes = MediaType.APPLICATION_JSON_VALUE)
	OrderView changeRequestedStartDate(@PathVariable UUID id, @Valid @RequestBody ChangeStartDateRequest request) {
		return OrderView.of(this.changes.changeRequestedStartDate(id, request.requestedStartDate()));
	}

	/**
	 * Sends the setup email again with a fresh link; 409 before the start date, once
	 * active or once ended.
	 */
	@PostMapping("/{id}/resend-setup-email")
	OrderView resendSetupEmail(@PathVariable UUID id, Principal caller) {
		return OrderView.of(this.changes.resendSetupEmail(id, caller.getName()));
	}

	@PostMapping(path = "/{id}/notes", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Void> addNote(@PathVariable UUID id, @Valid @RequestBody AddNoteRequest request, Principal caller) {
		this.notes.add(id, caller.getName(), request.text());
		return ResponseEntity.noContent().build();
	}

}
