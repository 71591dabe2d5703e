package com.setupflow.order.order.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Each SKU appears on one item only, so "how many A-WX?" has one answer.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EachSkuOnce.Validator.class)
public @interface EachSkuOnce {

	String message() default "lists a SKU more than once; put the total quantity on one item";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<EachSkuOnce, List<PlaceOrderRequest.ItemRequest>> {

		@Override
		public boolean isValid(List<PlaceOrderRequest.ItemRequest> items, ConstraintValidatorContext context) {
			if (items == null) {
				return true;
			}
			Set<String> seen = new HashSet<>();
			return items.stream()
				.filter(Objects::nonNull)
				.map(PlaceOrderRequest.ItemRequest::sku)
				.filter(Objects::nonNull)
				.allMatch(seen::add);
		}

	}

}
