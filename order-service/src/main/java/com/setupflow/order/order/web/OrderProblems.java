package com.setupflow.order.order.web;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.setupflow.order.order.OrderNumberConflictException;
import com.setupflow.order.order.OrderStateException;
import com.setupflow.order.order.StartDateInPastException;
import com.setupflow.platform.web.FieldProblem;
import com.setupflow.platform.web.ProblemDetailsAdvice;
import com.setupflow.platform.web.ProblemTypes;

/**
 * Order rules broken by a well-formed request: 409 problems.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class OrderProblems {

	@ExceptionHandler(OrderNumberConflictException.class)
	ResponseEntity<Object> conflict(OrderNumberConflictException ex) {
		return ProblemDetailsAdvice.problem(ProblemTypes.CONFLICT, HttpStatus.CONFLICT, "Order number already used",
				ex.getMessage(), List.of(new FieldProblem("orderNumber", "unique", ex.getMessage())));
	}

	@ExceptionHandler(StartDateInPastException.class)
	ResponseEntity<Object> startInPast(StartDateInPastException ex) {
		return ProblemDetailsAdvice.problem(ProblemTypes.VALIDATION, HttpStatus.BAD_REQUEST, "Invalid request",
				"requestedStartDate " + ex.getMessage(),
				List.of(new FieldProblem("requestedStartDate", "StartNotInPast", ex.getMessage())));
	}

	/** Two changes met on one order; the loser may simply retry. */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<Object> concurrentChange(OptimisticLockingFailureException ex) {
		return ProblemDetailsAdvice.problem(ProblemTypes.CONFLICT, HttpStatus.CONFLICT, "Changed concurrently",
				"The order changed while this request was being handled; send it again.", List.of());
	}

	/**
	 * The order's status forbids the change; the rule (e.g. {@code order-installed}) is
	 * named against the order's {@code status}, so clients can tell refusals apart.
	 */
	@ExceptionHandler(OrderStateException.class)
	ResponseEntity<Object> state(OrderStateException ex) {
		return ProblemDetailsAdvice.problem(ProblemTypes.CONFLICT, HttpStatus.CONFLICT, "Not allowed in this state",
				ex.getMessage(), List.of(new FieldProblem("status", ex.rule().code(), ex.getMessage())));
	}

}
