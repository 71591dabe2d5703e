package com.setupflow.order.order.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code PUT /api/v1/orders/{id}/deployment-contact}.
 *
 * @param email the new deployment contact
 */
public record ChangeContactRequest(@NotBlank @Size(max = 254) @Email(regexp = PlaceOrderRequest.EMAIL,
		message = "must be an email address like name@example.com") String email) {

}
