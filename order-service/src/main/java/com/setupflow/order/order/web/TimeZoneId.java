package com.setupflow.order.order.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.ZoneId;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An IANA time zone id such as {@code Europe/Paris}. Offsets like {@code +02:00} are
 * refused: they ignore daylight saving, so "midnight on the start date" would drift.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = TimeZoneId.Validator.class)
public @interface TimeZoneId {

	String message() default "must be an IANA time zone such as Europe/Paris";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<TimeZoneId, String> {

		@Override
		public boolean isValid(String zone, ConstraintValidatorContext context) {
			return zone == null || isRegion(zone);
		}

		/**
		 * Read once: {@link ZoneId#getAvailableZoneIds()} copies all 600 ids into a new
		 * set on every call, a few percent of an order's intake when it ran twice per
		 * request (benchmark, docs/benchmarks.md). The JDK's zone rules are fixed once
		 * loaded.
		 */
		private static final Set<String> REGIONS = Set.copyOf(ZoneId.getAvailableZoneIds());

		static boolean isRegion(String zone) {
			return REGIONS.contains(zone);
		}

	}

}
