package com.setupflow.order.order.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/**
 * The body of {@code PUT /api/v1/orders/{id}/requested-start-date}.
 *
 * @param requestedStartDate the new start date, not before today in the order's zone and
 * at most ten years away
 */
public record ChangeStartDateRequest(@NotNull @StartWithinReach LocalDate requestedStartDate) {

}
