package com.setupflow.platform.web;

/**
 * One broken rule of a request, as listed under {@code errors} in a problem body.
 *
 * @param field where the problem is, e.g. {@code items[0].quantity}, or {@code body}
 * @param rule the rule that was broken, e.g. {@code NotBlank}, {@code Size}
 * @param message what to fix, for a person
 */
public record FieldProblem(String field, String rule, String message) {

}
