package com.setupflow.provisioning.portal.web;

import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.setupflow.provisioning.input.FieldMessages;
import com.setupflow.provisioning.input.InputRejected;
import com.setupflow.provisioning.portal.NewPartnerAdmin;
import com.setupflow.provisioning.portal.PartnerAdmins;
import com.setupflow.provisioning.security.OrgUserDetails;

/** The partner org's admins, and the form that invites another. Partner admins only. */
@Controller
@RequestMapping("/portal/admins")
class AdminPages {

	private final PartnerAdmins admins;

	private final FieldMessages messages;

	AdminPages(PartnerAdmins admins, FieldMessages messages) {
		this.admins = admins;
		this.messages = messages;
	}

	@GetMapping
	String list(@AuthenticationPrincipal OrgUserDetails user, @RequestParam(required = false) String notice,
			Model model) {
		Notices.show(notice, model);
		return render(user, PortalForm.empty(), model);
	}

	@PostMapping
	String invite(@AuthenticationPrincipal OrgUserDetails user, @RequestParam(required = false) String name,
			@RequestParam(required = false) String email, Locale locale, Model model) {
		try {
			this.admins.add(user, new NewPartnerAdmin(name, email), locale);
			return "redirect:/portal/admins?notice=" + Notices.ADMIN_INVITED;
		}
		catch (InputRejected ex) {
			return render(user, PortalForm.of(this.messages.of(ex.getIssues(), locale), "name", name, "email", email),
					model);
		}
	}

	private String render(OrgUserDetails user, PortalForm form, Model model) {
		// Answers 404 to customer admins before anything is shown.
		model.addAttribute("admins", this.admins.list(user));
		model.addAttribute("user", user);
		model.addAttribute("form", form);
		return "portal/admins";
	}

}
