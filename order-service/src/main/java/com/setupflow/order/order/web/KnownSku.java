package com.setupflow.order.order.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import com.setupflow.catalogue.ProductCatalogue;

/**
 * The SKU is in the product catalogue.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownSku.Validator.class)
public @interface KnownSku {

	String message() default "is not a product of the catalogue";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<KnownSku, String> {

		private final ProductCatalogue catalogue;

		Validator(ProductCatalogue catalogue) {
			this.catalogue = catalogue;
		}

		@Override
		public boolean isValid(String sku, ConstraintValidatorContext context) {
			// Blank is @NotBlank's to report.
			return sku == null || sku.isBlank() || this.catalogue.contains(sku);
		}

	}

}
