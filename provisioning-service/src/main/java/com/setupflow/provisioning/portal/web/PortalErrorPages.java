package com.setupflow.provisioning.portal.web;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerMapping;

import com.setupflow.platform.web.NotFoundException;
import com.setupflow.provisioning.invitation.InvitationNotUsable;
import com.setupflow.provisioning.subscription.SubscriptionRuleBroken;

/**
 * The portal pages' errors as pages rather than the platform's JSON problems. What the
 * reader may not reach, or what does not exist, is the same 404 page that names nothing;
 * a change the subscription's state forbids is a 409 page that explains the rule. An
 * invitation link that opens nothing is 404 (unknown) or 410 (expired or used), showing
 * no org.
 */
@ControllerAdvice(assignableTypes = { SubscriptionListPages.class, SubscriptionPages.class, AdminPages.class,
		InvitationPages.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalErrorPages {

	@ExceptionHandler({ NotFoundException.class, MethodArgumentTypeMismatchException.class })
	String notFound(HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		return "portal/not-found";
	}

	@ExceptionHandler(SubscriptionRuleBroken.class)
	String ruleBroken(SubscriptionRuleBroken ex, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("rule", ex.getRule().messageCode());
		model.addAttribute("subscriptionId", subscriptionId(request));
		return "portal/conflict";
	}

	@ExceptionHandler(InvitationNotUsable.class)
	String invitationNotUsable(InvitationNotUsable ex, HttpServletResponse response) {
		if (ex.isGone()) {
			response.setStatus(HttpStatus.GONE.value());
			return "portal/invitation-gone";
		}
		response.setStatus(HttpStatus.NOT_FOUND.value());
		return "portal/invitation-unknown";
	}

	/** The subscription of the page that failed, for the link back to it. */
	private static UUID subscriptionId(HttpServletRequest request) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (variables instanceof Map<?, ?> map && map.get("id") instanceof String id) {
			try {
				return UUID.fromString(id);
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}
		return null;
	}

}
