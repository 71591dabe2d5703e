package com.setupflow.provisioning.link.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.setupflow.provisioning.link.LinkVisit;
import com.setupflow.provisioning.link.ProductNames;
import com.setupflow.provisioning.link.SetupLinkOpening;

/**
 * Where a setup link lands. For now the page shows the order and says the setup wizard
 * will continue here. An unknown link answers 404 and a dead one 410; neither shows
 * anything of an order.
 */
@Controller
class SetupPageController {

	private final SetupLinkOpening opening;

	private final ProductNames productNames;

	SetupPageController(SetupLinkOpening opening, ProductNames productNames) {
		this.opening = opening;
		this.productNames = productNames;
	}

	@GetMapping("/setup/{token}")
	String open(@PathVariable String token, Locale locale, Model model, HttpServletResponse response) {
		LinkVisit visit = this.opening.open(token);
		return switch (visit.outcome()) {
			case OPENED -> {
				model.addAttribute("order", SetupPageView.of(visit.openedCase(), this.productNames, locale));
				yield "setup/landing";
			}
			case GONE -> {
				response.setStatus(HttpStatus.GONE.value());
				yield "setup/link-gone";
			}
			case UNKNOWN -> {
				response.setStatus(HttpStatus.NOT_FOUND.value());
				yield "setup/link-unknown";
			}
		};
	}

}
