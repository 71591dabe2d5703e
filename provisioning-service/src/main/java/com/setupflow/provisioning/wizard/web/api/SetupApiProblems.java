package com.setupflow.provisioning.wizard.web.api;

import java.net.URI;
import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.setupflow.platform.web.ProblemDetailsAdvice;
import com.setupflow.platform.web.ProblemTypes;
import com.setupflow.provisioning.wizard.LinkNotUsable;
import com.setupflow.provisioning.wizard.StepConflict;

/**
 * The wizard's refusals as problems, for the setup API only: the setup pages answer the
 * same exceptions with pages of their own. Broken input rules are
 * {@link com.setupflow.provisioning.input.InputProblems}'s, malformed bodies and wrong
 * types the platform's {@link ProblemDetailsAdvice}'s.
 */
@RestControllerAdvice(assignableTypes = { SetupApiController.class, ServiceSetupApiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class SetupApiProblems {

	/** No {@code ProblemTypes} constant for a link that no longer works (yet). */
	static final URI GONE = URI.create("https://setupflow.dev/problems/gone");

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
