package com.setupflow.order.dashboard.web;

import java.util.Map;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import com.setupflow.platform.web.NotFoundException;

/**
 * A page, not the API's JSON problem, when a dashboard address names no order of the
 * rep's (or no order at all: a malformed id is just as absent).
 */
@ControllerAdvice(basePackageClasses = DashboardErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DashboardErrors {

	@ExceptionHandler({ NotFoundException.class, TypeMismatchException.class })
	ModelAndView notFound() {
		return new ModelAndView("error", Map.of("status", HttpStatus.NOT_FOUND.value()), HttpStatus.NOT_FOUND);
	}

}
