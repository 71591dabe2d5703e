package com.setupflow.provisioning.portal.web;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.setupflow.catalogue.ConnectionOption;
import com.setupflow.provisioning.input.FieldIssue;
import com.setupflow.provisioning.input.FieldMessages;
import com.setupflow.provisioning.input.InputRejected;
import com.setupflow.provisioning.portal.PortalSubscriptions;
import com.setupflow.provisioning.portal.SubscriptionChanges;
import com.setupflow.provisioning.portal.SubscriptionView;
import com.setupflow.provisioning.security.OrgUserDetails;

/**
 * One subscription: its details with the SPF record, users and billing; Launch (the
 * connection, then the service's home); cancellation behind a confirmation page. Every
 * change redirects (Post/Redirect/Get) with a notice, or shows the page again with the
 * message on the field to fix. The services decide who may do what; the pages only leave
 * out what the reader may not use.
 */
@Controller
@RequestMapping("/portal/subscriptions/{id}")
class SubscriptionPages {

	private static final String DETAILS = "redirect:/portal/subscriptions/{id}";

	private static final String CONNECTION_OPTIONS = "connectionOptions";

	private final PortalSubscriptions subscriptions;

	private final SubscriptionChanges changes;

	private final SubscriptionTexts texts;

	private final FieldMessages messages;

	private final MessageSource messageSource;

	SubscriptionPages(PortalSubscriptions subscriptions, SubscriptionChanges changes, SubscriptionTexts texts,
			FieldMessages messages, MessageSource messageSource) {
		this.subscriptions = subscriptions;
		this.changes = changes;
		this.texts = texts;
		this.messages = messages;
		this.messageSource = messageSource;
	}

	@GetMapping
	String details(@AuthenticationPrincipal OrgUserDetails user, @PathVariable UUID id,
			@RequestParam(required = false) String notice, Locale locale, Model model) {
		Notices.show(notice, model);
		return details(user, id, PortalForm.empty(), PortalForm.empty(), locale, model);
	}

	@GetMapping("/launch")
	String launch(@AuthenticationPrincipal OrgUserDetails user, @PathVariable UUID id, Locale locale, Model model) {
		SubscriptionView view = this.subscriptions.get(user, id);
		if (view.isLaunched()) {
			return "redirect:/portal/subscriptions/{id}/home";
		}
		return connection(user, view, PortalForm.empty(), locale, model);
	}

	/** The connection form again, to change what Launch chose. */
	@GetMapping("/connection")
	String changeConnection(@AuthenticationPrincipal OrgUserDetails user, @PathVariable UUID id, Locale locale,
			Model model) {
		SubscriptionView view = this.subscriptions.get(user, id);
		return connection(user, view, PortalForm.of(Map.of(), CONNECTION_OPTIONS, view.connections()), locale, model);
	}

	@PostMapping("/connection")
	String connect(@AuthenticationPrincipal OrgUserDetails user, @PathVariable UUID id,
			@RequestParam(name = CONNECTION_OPTIONS, required = false) List<String> chosen, Locale locale,
			Model model) {
		Set<ConnectionOption> options = EnumSet.noneOf(ConnectionOption.class);
		try {
			for (String name : (chosen != null) ? chosen : List.<String>of()) {
				options.add(option(name));
			}
			this.changes.connect(user, id, options);
			return "redirect:/portal/subscriptions/{id}/home?notice=" + Notices.CONNECTED;
		}
		catch (InputRejected ex) {
			SubscriptionView view = this.subscriptions.get(user, id);
			return connection(user, view, PortalForm.of(errors(ex, locale), CONNECTION_OPTIONS, options), locale,
					model);
		}
	}

	@GetMapping("/home")
	String home(@AuthenticationPrincipal OrgUserDetails user, @PathVariable UUID id,
			@RequestParam(required = false) String notice, Locale locale, Model model) {
		Notices.show(notice, model);
		model.addAttribute("user", user);
		model.addAttribute("subscription", this.texts.of(this.subscriptions.get(user, id), locale));
		return "portal/service-home";
	}

	@PostMapping("/spf-record")
	String saveSpfRecord(@AuthenticationPrincipal OrgUserDetails user, @PathVariable UUID id,
			@RequestParam(required = false) String record, Locale locale, Model model) {
		try {
			this.changes.saveSpfRecord(user, id, record);
			return DETAILS + "?notice=" + Notices.SPF_SAVED;
		}
		catch (InputRejected ex) {
			PortalForm spf = PortalForm.of(renamed(errors(ex, locale), "spfRecord", "record"), "record", record);
			return details(user, id, spf, PortalForm.empty(), locale, model);
		}
	}

	@PostMapping("/users")
	String addUsers(@AuthenticationPrincipal OrgUserDetails user, @PathVariable UUID id,
			@RequestParam(required = false) String add, Locale locale, Model model) {
		try {
			this.changes.addUsers(user, id, add);
			return DETAILS + "?notice=" + Notices.USERS_ADDED;
		}
		catch (InputRejected ex) {
			PortalForm users = PortalForm.of(renamed(errors(ex, locale), "users", "add"), "add", add);
			return details(user, id, PortalForm.empty(), users, locale, model);
		}
	}

	@PostMapping("/activation")
	String activate(@AuthenticationPrincipal OrgUserDetails user, @PathVariable UUID id) {
		this.changes.activate(user, id);
		return DETAILS + "?notice=" + Notices.ACTIVATED;
	}

	@GetMapping("/cancel")
	String confirmCancellation(@AuthenticationPrincipal OrgUserDetails user, @PathVariable UUID id, Model model) {
		SubscriptionListPages.requirePartner(user);
		SubscriptionView view = this.subscriptions.get(user, id);
		if (view.isArchived()) {
			return DETAILS;
		}
		model.addAttribute("user", user);
		model.addAttribute("subscription", view);
		return "portal/cancel";
	}

	@PostMapping("/cancellation")
	String cancel(@AuthenticationPrincipal OrgUserDetails user, @PathVariable UUID id) {
		this.changes.cancel(user, id);
		return "redirect:/portal/archived?notice=" + Notices.CANCELLED;
	}

	private String details(OrgUserDetails user, UUID id, PortalForm spf, PortalForm users, Locale locale, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("subscription", this.texts.of(this.subscriptions.get(user, id), locale));
		model.addAttribute("spfForm", spf);
		model.addAttribute("usersForm", users);
		return "portal/subscription";
	}

	private String connection(OrgUserDetails user, SubscriptionView view, PortalForm form, Locale locale, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("subscription", this.texts.of(view, locale));
		model.addAttribute("form", form);
		return "portal/launch";
	}

	/**
	 * A forged option is "not one of the options", said on the field rather than failed.
	 */
	private static ConnectionOption option(String name) {
		try {
			return ConnectionOption.valueOf(name);
		}
		catch (IllegalArgumentException ex) {
			throw new InputRejected(new FieldIssue(CONNECTION_OPTIONS, "offered", "error.choice", List.of()));
		}
	}

	/** The messages, naming a connection option by its label rather than its code. */
	private Map<String, String> errors(InputRejected ex, Locale locale) {
		List<FieldIssue> issues = ex.getIssues()
			.stream()
			.map((issue) -> "error.optionNotOffered".equals(issue.code())
					? new FieldIssue(issue.field(), issue.rule(), issue.code(),
							issue.arguments()
								.stream()
								.map((argument) -> (Object) this.messageSource.getMessage("connection." + argument,
										null, String.valueOf(argument), locale))
								.toList())
					: issue)
			.toList();
		return this.messages.of(issues, locale);
	}

	/**
	 * The services name fields as the API does; the page's form may name them otherwise.
	 */
	private static Map<String, String> renamed(Map<String, String> errors, String from, String to) {
		Map<String, String> renamed = new LinkedHashMap<>();
		errors.forEach((field, message) -> renamed.put(field.equals(from) ? to : field, message));
		return renamed;
	}

}
