package com.setupflow.order.dashboard.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page (Spring Security handles its POST) and the site's root, which is the
 * dashboard: what a rep types in the address bar.
 */
@Controller
class LoginController {

	/**
	 * Spring Security comes back here with {@code ?error} after a refused sign-in and
	 * {@code ?logout} after signing out. Read here, not in the template: Thymeleaf keeps
	 * request parameters out of attribute values.
	 */
	@GetMapping(DashboardSecurityConfiguration.LOGIN)
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
			Model model) {
		model.addAttribute("failed", error != null);
		model.addAttribute("signedOut", logout != null);
		return "login";
	}

	@GetMapping("/")
	String root() {
		return "redirect:/dashboard";
	}

}
