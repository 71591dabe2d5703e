package com.setupflow.provisioning.portal.web;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.setupflow.provisioning.input.FieldMessages;
import com.setupflow.provisioning.input.InputRejected;
import com.setupflow.provisioning.invitation.Invitations;
import com.setupflow.provisioning.invitation.PendingInvitation;

/**
 * The page an emailed invitation opens: the invited admin chooses a password, then signs
 * in. Opening it uses nothing up; a link that opens nothing answers 404 or 410 (see
 * {@link PortalErrorPages}).
 */
@Controller
@RequestMapping("/invitations/{token}")
class InvitationPages {

	private final Invitations invitations;

	private final FieldMessages messages;

	InvitationPages(Invitations invitations, FieldMessages messages) {
		this.invitations = invitations;
		this.messages = messages;
	}

	@GetMapping
	String open(@PathVariable String token, Model model) {
		return render(token, this.invitations.open(token), PortalForm.empty(), model);
	}

	@PostMapping
	String accept(@PathVariable String token, @RequestParam(required = false) String password,
			@RequestParam(required = false) String passwordConfirmation, Locale locale, Model model) {
		try {
			this.invitations.accept(token, password, passwordConfirmation);
			return "redirect:/login?invited";
		}
		catch (InputRejected ex) {
			// Passwords are never shown again, not even as typed.
			return render(token, this.invitations.open(token),
					new PortalForm(this.messages.of(ex.getIssues(), locale), Map.of()), model);
		}
	}

	private static String render(String token, PendingInvitation invitation, PortalForm form, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("invitation", invitation);
		model.addAttribute("form", form);
		return "portal/invitation";
	}

}
