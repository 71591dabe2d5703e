package com.setupflow.order.order.web;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.setupflow.order.order.OrderNumberConflictException;
import com.setupflow.order.order.OrderStateException;
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

	@ExceptionHandler(OrderStateException.class)
	ResponseEntity<Object> state(OrderStateException ex) {
		return ProblemDetailsAdvice.problem(ProblemTypes.CONFLICT, HttpStatus.CONFLICT, "Not allowed in this state",
				ex.getMessage(), List.of());
	}

}
