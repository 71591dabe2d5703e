package com.setupflow.order.order.web;

import jakarta.validation.constraints.Size;

/**
 * The optional body of {@code POST /api/v1/orders/{id}/cancel}.
 *
 * @param reason why the order is cancelled, shown on its timeline
 */
public record CancelOrderRequest(@Size(max = 500) @NoControlCharacters(lineBreaks = true) String reason) {

}
