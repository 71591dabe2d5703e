package com.setupflow.provisioning.wizard.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import com.setupflow.provisioning.link.LinkVisit;
import com.setupflow.provisioning.wizard.LinkNotUsable;

/**
 * A link that opens nothing answers 404 (unknown) or 410 (expired, revoked, replaced, or
 * its order ended) on every wizard page, and shows nothing of any order.
 */
@ControllerAdvice(assignableTypes = { DraftPages.class, ServicePages.class })
class LinkErrorPages {

	@ExceptionHandler(LinkNotUsable.class)
	String linkNotUsable(LinkNotUsable ex, HttpServletResponse response) {
		if (ex.getOutcome() == LinkVisit.Outcome.GONE) {
			response.setStatus(HttpStatus.GONE.value());
			return "setup/link-gone";
		}
		response.setStatus(HttpStatus.NOT_FOUND.value());
		return "setup/link-unknown";
	}

}
