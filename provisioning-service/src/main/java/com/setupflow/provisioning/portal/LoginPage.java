package com.setupflow.provisioning.portal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page of partner and customer admins. */
@Controller
class LoginPage {

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
			@RequestParam(required = false) String invited, Model model) {
		model.addAttribute("failed", error != null);
		model.addAttribute("signedOut", logout != null);
		model.addAttribute("invited", invited != null);
		return "portal/login";
	}

}
