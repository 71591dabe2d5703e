package com.setupflow.provisioning.input;

import java.util.List;
import java.util.Locale;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.setupflow.platform.web.FieldProblem;
import com.setupflow.platform.web.ProblemDetailsAdvice;
import com.setupflow.platform.web.ProblemTypes;

/**
 * Broken input rules as problems, for every JSON API of this service: each field issue
 * named with its rule and explained in the caller's language. Pages answer the same
 * exception by showing the messages on their fields.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class InputProblems {

	/**
	 * A well-formed request that breaks a rule answers 400, as the order service answers
	 * its own rule violations (a start date in the past): one status per problem type
	 * across the services.
	 */
	static final HttpStatus RULE_BROKEN = HttpStatus.BAD_REQUEST;

	private final FieldMessages messages;

	InputProblems(FieldMessages messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InputRejected.class)
	ResponseEntity<Object> rejected(InputRejected ex, Locale locale) {
		List<FieldProblem> errors = ex.getIssues()
			.stream()
			.map((issue) -> new FieldProblem(issue.field(), issue.rule(), this.messages.messageOf(issue, locale)))
			.toList();
		return ProblemDetailsAdvice.problem(ProblemTypes.VALIDATION, RULE_BROKEN, "Invalid request",
				"The request breaks " + errors.size() + " rule(s); see errors.", errors);
	}

}
