package com.setupflow.order.dashboard.web;

import java.security.Principal;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

import com.setupflow.order.dashboard.RepOrders;
import com.setupflow.order.order.Order;
import com.setupflow.order.order.OrderStateException;

/**
 * The rep's actions on one of their orders. Each answers with a redirect back to the page
 * it came from and a message saying what happened; a refused action changes nothing.
 * Another rep's order is a 404, before anything is validated.
 */
@Controller
@RequestMapping("/dashboard/orders/{id}")
class DashboardActionsController {

	private final RepOrders orders;

	private final Flash flash;

	DashboardActionsController(RepOrders orders, Flash flash) {
		this.orders = orders;
		this.flash = flash;
	}

	@PostMapping("/resend-setup-email")
	RedirectView resendSetupEmail(@PathVariable UUID id, @RequestParam(defaultValue = "") String back, Principal rep,
			Locale locale, RedirectAttributes redirect) {
		Order order = this.orders.find(rep.getName(), id);
		try {
			this.orders.resendSetupEmail(rep.getName(), id);
			this.flash.notice(redirect, locale, "dashboard.notice.resent", order.orderNumber(),
					order.deploymentContactEmail());
		}
		catch (OrderStateException ex) {
			refused(ex, redirect, locale, rep, id);
		}
		return back(back, id);
	}

	@PostMapping("/deployment-contact")
	RedirectView changeDeploymentContact(@PathVariable UUID id, @RequestParam(defaultValue = "") String back,
			@Valid ContactForm contactForm, BindingResult form, Principal rep, Locale locale,
			RedirectAttributes redirect) {
		Order order = this.orders.find(rep.getName(), id);
		if (form.hasFieldErrors()) {
			this.flash.fieldProblem(redirect, locale, order.orderNumber(), id, form.getFieldError());
			return back(back, id);
		}
		try {
			Order changed = this.orders.changeDeploymentContact(rep.getName(), id, contactForm.email());
			this.flash.notice(redirect, locale, "dashboard.notice.contactChanged", order.orderNumber(),
					changed.deploymentContactEmail());
		}
		catch (OrderStateException ex) {
			refused(ex, redirect, locale, rep, id);
		}
		return back(back, id);
	}

	@PostMapping("/notes")
	RedirectView addNote(@PathVariable UUID id, @RequestParam(defaultValue = "") String back, @Valid NoteForm noteForm,
			BindingResult form, Principal rep, Locale locale, RedirectAttributes redirect) {
		Order order = this.orders.find(rep.getName(), id);
		if (form.hasFieldErrors()) {
			this.flash.fieldProblem(redirect, locale, order.orderNumber(), id, form.getFieldError());
			return back(back, id);
		}
		this.orders.addNote(rep.getName(), id, noteForm.text());
		this.flash.notice(redirect, locale, "dashboard.notice.noteAdded", order.orderNumber());
		return back(back, id);
	}

	/**
	 * The order's rules said no; says which rule in the rep's language (the exception's
	 * own message is for API clients, in English), with the order as it stands now.
	 */
	private void refused(OrderStateException ex, RedirectAttributes redirect, Locale locale, Principal rep, UUID id) {
		Order order = this.orders.find(rep.getName(), id);
		switch (ex.rule()) {
			case NOT_DUE -> this.flash.alert(redirect, locale, "dashboard.alert.notDueYet", order.orderNumber(),
					order.requestedStartDate());
			case INSTALLED -> this.flash.alert(redirect, locale, "dashboard.alert.installed", order.orderNumber());
			case ACTIVE -> this.flash.alert(redirect, locale, "dashboard.alert.active", order.orderNumber());
			default -> this.flash.alert(redirect, locale, "dashboard.alert.ended", order.orderNumber(),
					this.flash.label("status." + order.status().name(), locale));
		}
	}

	/**
	 * Back to the order's page or to the list: a fixed choice, never a URL from the form,
	 * so the redirect cannot be pointed elsewhere. 303: the browser follows with a GET.
	 */
	private static RedirectView back(String back, UUID id) {
		RedirectView view = new RedirectView("order".equals(back) ? "/dashboard/orders/" + id : "/dashboard", true);
		view.setStatusCode(HttpStatus.SEE_OTHER);
		return view;
	}

}
