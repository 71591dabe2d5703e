package com.setupflow.provisioning.wizard.web.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.setupflow.platform.web.FieldProblem;
import com.setupflow.platform.web.ProblemDetailsAdvice;
import com.setupflow.platform.web.ProblemTypes;
import com.setupflow.provisioning.wizard.web.FieldMessages;
import com.setupflow.provisioning.wizard.LinkNotUsable;
import com.setupflow.provisioning.wizard.StepConflict;
import com.setupflow.provisioning.wizard.StepRejected;

/**
 * The wizard's refusals as problems, for the setup API only: the setup pages answer the
 * same exceptions with pages of their own. Malformed bodies and wrong types are the
 * platform's {@link ProblemDetailsAdvice}'s.
 */
@RestControllerAdvice(assignableTypes = { SetupApiController.class, ServiceSetupApiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class SetupApiProblems {

	/**
	 * A well-formed request that breaks a rule answers 400, as the order service answers
	 * its own rule violations (a start date in the past): one status per problem type
	 * across the services.
	 */
	static final HttpStatus RULE_BROKEN = HttpStatus.BAD_REQUEST;

	/** No {@code ProblemTypes} constant for a link that no longer works (yet). */
	static final URI GONE = URI.create("https://setupflow.dev/problems/gone");

	private final FieldMessages messages;

	SetupApiProblems(FieldMessages messages) {
		this.messages = messages;
	}

	@ExceptionHandler(StepRejected.class)
	ResponseEntity<Object> rejected(StepRejected ex, Locale locale) {
		List<FieldProblem> errors = ex.getIssues()
			.stream()
			.map((issue) -> new FieldProblem(issue.field(), issue.rule(), this.messages.messageOf(issue, locale)))
			.toList();
		return ProblemDetailsAdvice.problem(ProblemTypes.VALIDATION, RULE_BROKEN, "Invalid request",
				"The request breaks " + errors.size() + " rule(s); see errors.", errors);
	}

	@ExceptionHandler(StepConflict.class)
	ResponseEntity<Object> conflict(StepConflict ex) {
		return ProblemDetailsAdvice.problem(ProblemTypes.CONFLICT, HttpStatus.CONFLICT, "Not allowed in this state",
				ex.getMessage(), List.of());
	}

	/**
	 * The same words whatever the order: a link that opens nothing must not tell its
	 * holder which order, if any, it belonged to.
	 */
	@ExceptionHandler(LinkNotUsable.class)
	ResponseEntity<Object> linkNotUsable(LinkNotUsable ex) {
		return switch (ex.getOutcome()) {
			case GONE -> ProblemDetailsAdvice.problem(GONE, HttpStatus.GONE, "Setup link no longer works",
					"This setup link has expired or was replaced by a newer one; ask your account rep for a new link.",
					List.of());
			default -> ProblemDetailsAdvice.problem(ProblemTypes.NOT_FOUND, HttpStatus.NOT_FOUND,
					"Setup link not valid",
					"No setup link matches this token; check it was copied whole or ask your account rep for a new link.",
					List.of());
		};
	}

}
