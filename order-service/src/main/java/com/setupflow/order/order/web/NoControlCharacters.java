package com.setupflow.order.order.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Text without control characters (NUL, which PostgreSQL cannot store, escape, bell...)
 * or invisible formatting characters (a right-to-left override that makes a name read
 * backwards, zero-width spaces). The zero-width joiner stays: emoji sequences need it.
 * The same rule as the provisioning service's, so a name one accepts the other does too.
 * Public: the rep dashboard's note form applies it as well.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NoControlCharacters.Validator.class)
public @interface NoControlCharacters {

	String message() default "must not contain control characters or invisible formatting characters";

	/**
	 * Whether line breaks and tabs are allowed, as in a note typed over several lines.
	 */
	boolean lineBreaks() default false;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<NoControlCharacters, String> {

		private static final Pattern ANY = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\u200d]]");

		private static final Pattern BUT_LINE_BREAKS = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\u200d\\t\\n\\r]]");

		private Pattern refused = ANY;

		@Override
		public void initialize(NoControlCharacters constraint) {
			this.refused = constraint.lineBreaks() ? BUT_LINE_BREAKS : ANY;
		}

		@Override
		public boolean isValid(String text, ConstraintValidatorContext context) {
			return text == null || !this.refused.matcher(text).find();
		}

	}

}
