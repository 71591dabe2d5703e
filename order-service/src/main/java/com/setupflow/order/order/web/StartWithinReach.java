package com.setupflow.order.order.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The requested start date is at most {@value #YEARS} years away. A later one is a typo
 * (20261 for 2026) rather than a plan, and dates far enough away cannot be scheduled at
 * all: their timers would fall outside what the database can store.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = StartWithinReach.Validator.class)
public @interface StartWithinReach {

	/** How far ahead a start date may be. */
	int YEARS = 10;

	String message() default "must be at most " + YEARS + " years from today";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<StartWithinReach, LocalDate> {

		private final Clock clock;

		Validator(Clock clock) {
			this.clock = clock;
		}

		@Override
		public boolean isValid(LocalDate start, ConstraintValidatorContext context) {
			// A day either way of the order's own zone does not matter ten years ahead.
			return start == null || !start.isAfter(LocalDate.now(this.clock).plusYears(YEARS));
		}

	}

}
