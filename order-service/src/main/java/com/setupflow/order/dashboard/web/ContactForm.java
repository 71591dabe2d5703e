package com.setupflow.order.dashboard.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.setupflow.order.order.web.PlaceOrderRequest;

/**
 * The "change contact" form. The same rule as the API's, so an address one accepts the
 * other does too. Messages come from {@code messages_*.properties} by rule and field.
 *
 * @param email the new deployment contact
 */
record ContactForm(@NotBlank @Size(max = 254) @Email(regexp = PlaceOrderRequest.EMAIL) String email) {

}
