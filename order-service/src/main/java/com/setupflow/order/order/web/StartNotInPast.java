package com.setupflow.order.order.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The requested start date is today or later in the order's own time zone: "today" in
 * Paris may already be tomorrow in UTC.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = StartNotInPast.Validator.class)
public @interface StartNotInPast {

	String message() default "must be today or later in the order's time zone";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<StartNotInPast, PlaceOrderRequest> {

		private final Clock clock;

		Validator(Clock clock) {
			this.clock = clock;
		}

		@Override
		public boolean isValid(PlaceOrderRequest order, ConstraintValidatorContext context) {
			String zone = order.timeZoneOrDefault();
			// A missing date or a bad zone is reported by the field's own rule.
			if (order.requestedStartDate() == null || !TimeZoneId.Validator.isRegion(zone)) {
				return true;
			}
			LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of(zone)));
			if (!order.requestedStartDate().isBefore(today)) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate("must be today (" + today + " in " + zone + ") or later")
				.addPropertyNode("requestedStartDate")
				.addConstraintViolation();
			return false;
		}

	}

}
