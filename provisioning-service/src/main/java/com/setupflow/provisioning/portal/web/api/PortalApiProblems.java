package com.setupflow.provisioning.portal.web.api;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.setupflow.platform.web.FieldProblem;
import com.setupflow.platform.web.ProblemDetailsAdvice;
import com.setupflow.platform.web.ProblemTypes;
import com.setupflow.provisioning.subscription.SubscriptionRuleBroken;

/** A change the subscription's state forbids answers 409 naming the rule. */
@RestControllerAdvice(assignableTypes = PortalApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalApiProblems {

	@ExceptionHandler(SubscriptionRuleBroken.class)
	ResponseEntity<Object> ruleBroken(SubscriptionRuleBroken ex) {
		return ProblemDetailsAdvice.problem(ProblemTypes.CONFLICT, HttpStatus.CONFLICT, "Not allowed in this state",
				ex.getMessage(), List.of(new FieldProblem("status", ex.getRule().ruleName(), ex.getMessage())));
	}

}
