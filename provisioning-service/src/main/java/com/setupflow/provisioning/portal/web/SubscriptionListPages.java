package com.setupflow.provisioning.portal.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.setupflow.platform.web.NotFoundException;
import com.setupflow.provisioning.input.FieldMessages;
import com.setupflow.provisioning.input.InputRejected;
import com.setupflow.provisioning.portal.NewSubscription;
import com.setupflow.provisioning.portal.NewSubscriptions;
import com.setupflow.provisioning.portal.PortalSubscriptions;
import com.setupflow.provisioning.security.OrgUserDetails;

/**
 * The portal's lists, live and archived, and the form that adds a customer subscription.
 * A rejected form shows again with what was typed and a message on each field to fix;
 * nothing is saved until every field keeps its rule.
 */
@Controller
class SubscriptionListPages {

	private final PortalSubscriptions subscriptions;

	private final NewSubscriptions newSubscriptions;

	private final SubscriptionTexts texts;

	private final FieldMessages messages;

	SubscriptionListPages(PortalSubscriptions subscriptions, NewSubscriptions newSubscriptions, SubscriptionTexts texts,
			FieldMessages messages) {
		this.subscriptions = subscriptions;
		this.newSubscriptions = newSubscriptions;
		this.texts = texts;
		this.messages = messages;
	}

	@GetMapping({ "/", "/portal" })
	String live(@AuthenticationPrincipal OrgUserDetails user, Locale locale, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("archived", false);
		model.addAttribute("subscriptions", this.texts.all(this.subscriptions.live(user), locale));
		return "portal/subscriptions";
	}

	@GetMapping("/portal/archived")
	String archived(@AuthenticationPrincipal OrgUserDetails user, @RequestParam(required = false) String notice,
			Locale locale, Model model) {
		Notices.show(notice, model);
		model.addAttribute("user", user);
		model.addAttribute("archived", true);
		model.addAttribute("subscriptions", this.texts.all(this.subscriptions.archived(user), locale));
		return "portal/subscriptions";
	}

	@GetMapping("/portal/subscriptions/new")
	String newSubscription(@AuthenticationPrincipal OrgUserDetails user, Model model) {
		requirePartner(user);
		return render(user, PortalForm.empty(), model);
	}

	@PostMapping("/portal/subscriptions")
	String create(@AuthenticationPrincipal OrgUserDetails user, @RequestParam(required = false) String product,
			@RequestParam(required = false) String companyName, @RequestParam(required = false) String users,
			@RequestParam(defaultValue = "false") boolean customerCanEdit,
			@RequestParam(required = false) String contactName, @RequestParam(required = false) String contactEmail,
			Locale locale, Model model) {
		requirePartner(user);
		NewSubscription typed = new NewSubscription(product, companyName, users, customerCanEdit, contactName,
				contactEmail);
		try {
			UUID id = this.newSubscriptions.create(user, typed, locale);
			return "redirect:/portal/subscriptions/" + id + "?notice=" + Notices.CREATED;
		}
		catch (InputRejected ex) {
			Map<String, String> errors = this.messages.of(ex.getIssues(), locale);
			return render(user, PortalForm.of(errors, "product", product, "companyName", companyName, "users", users,
					"customerCanEdit", customerCanEdit, "contactName", contactName, "contactEmail", contactEmail),
					model);
		}
	}

	private String render(OrgUserDetails user, PortalForm form, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("form", form);
		model.addAttribute("products", this.newSubscriptions.products());
		return "portal/new-subscription";
	}

	/** Customer admins never add subscriptions: for them the page does not exist. */
	static void requirePartner(OrgUserDetails user) {
		if (!user.isPartnerAdmin()) {
			throw new NotFoundException("Page", "for partner admins");
		}
	}

}
