package com.setupflow.provisioning.wizard.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.setupflow.provisioning.casefile.SetupBy;
import com.setupflow.provisioning.input.FieldMessages;
import com.setupflow.provisioning.input.InputRejected;
import com.setupflow.provisioning.link.ProductNames;
import com.setupflow.provisioning.org.Org;
import com.setupflow.provisioning.org.OrgDetails;
import com.setupflow.provisioning.wizard.Delegation;
import com.setupflow.provisioning.wizard.DraftStep;
import com.setupflow.provisioning.wizard.Installation;
import com.setupflow.provisioning.wizard.PartnerDispute;
import com.setupflow.provisioning.wizard.SetupDraft;
import com.setupflow.provisioning.wizard.SetupProgress;
import com.setupflow.provisioning.wizard.SetupState;
import com.setupflow.provisioning.wizard.Stage;
import com.setupflow.provisioning.wizard.StepConflict;

/**
 * The steps before installation. Opening the link starts them from the first; each form
 * posts the whole draft, and the answer is the next step's page or the same page with a
 * message on every field to fix. Nothing is saved until "Install order", except handing
 * the setup over and reporting an unknown partner org, which are actions in their own
 * right.
 */
@Controller
@RequestMapping("/setup/{token}")
class DraftPages {

	private static final String SERVICES = "redirect:/setup/{token}/services";

	private final SetupProgress progress;

	private final Delegation delegation;

	private final PartnerDispute dispute;

	private final Installation installation;

	private final ProductNames productNames;

	private final FieldMessages messages;

	DraftPages(SetupProgress progress, Delegation delegation, PartnerDispute dispute, Installation installation,
			ProductNames productNames, FieldMessages messages) {
		this.progress = progress;
		this.delegation = delegation;
		this.dispute = dispute;
		this.installation = installation;
		this.productNames = productNames;
		this.messages = messages;
	}

	@GetMapping
	String open(@PathVariable String token, Locale locale, Model model) {
		SetupState state = this.progress.state(token);
		if (state.stage() != Stage.DRAFT) {
			return SERVICES;
		}
		DraftStep first = DraftStep.first(state.setupCase().getSetupBy());
		return render(token, state, first, prefill(first, SetupDraft.empty(), state), Map.of(), locale, model);
	}

	@PostMapping("/draft/{step}")
	String submit(@PathVariable String token, @PathVariable("step") String slug, @ModelAttribute SetupDraft draft,
			@RequestParam(name = "back", required = false) String back, Locale locale, Model model,
			RedirectAttributes redirect) {
		DraftStep step = DraftStep.fromSlug(slug);
		if (step == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		SetupState state = this.progress.state(token);
		if (state.stage() != Stage.DRAFT) {
			return SERVICES;
		}
		SetupBy setupBy = state.setupCase().getSetupBy();
		if (back != null) {
			return render(token, state, step.previous(setupBy), draft, Map.of(), locale, model);
		}
		try {
			Org customerOrg = this.progress.check(token, draft, step);
			String branch = branch(token, step, draft, state, locale, model);
			if (branch != null) {
				return branch;
			}
			DraftStep next = step.next(setupBy);
			// The check just resolved the customer org the next page shows, if any.
			return render(token, state, next, prefill(next, draft, state), Map.of(), customerOrg, locale, model);
		}
		catch (InputRejected ex) {
			return render(token, state, step, draft, this.messages.of(ex.getIssues(), locale), locale, model);
		}
		catch (StepConflict ex) {
			return SERVICES;
		}
	}

	/**
	 * Where a valid answer leaves the path: another role, a hand-over, an unknown partner
	 * org, or the installation itself.
	 * @return the view, or {@code null} to go on to the next step
	 */
	private String branch(String token, DraftStep step, SetupDraft draft, SetupState state, Locale locale,
			Model model) {
		if (step == DraftStep.ROLE && !SetupDraft.PARTNER.equals(draft.role())) {
			model.addAttribute("order", summary(state, locale));
			model.addAttribute("role", draft.role());
			model.addAttribute("token", token);
			return "setup/wrong-role";
		}
		if (step == DraftStep.WHO && !SetupDraft.ME.equals(draft.who())) {
			model.addAttribute("recipient", this.delegation.handOver(token, draft));
			model.addAttribute("toCustomer", SetupDraft.CUSTOMER.equals(draft.who()));
			return "setup/handed-over";
		}
		if (step == DraftStep.PARTNER_ORG && SetupDraft.NOT_RECOGNISED.equals(draft.partnerOrgVerdict())) {
			this.dispute.report(token);
			model.addAttribute("order", summary(state, locale));
			return "setup/partner-org-disputed";
		}
		if (step == DraftStep.CONFIRM) {
			this.installation.install(token, draft);
			return SERVICES + "?installed";
		}
		return null;
	}

	/** The partner's and the customer's names from the order fill in a new org's name. */
	private static SetupDraft prefill(DraftStep step, SetupDraft draft, SetupState state) {
		if (step == DraftStep.PARTNER_ORG && state.partnerOrg() == null && draft.partnerOrg() == null
				&& state.setupCase().getPartner() != null) {
			return draft.withPartnerOrg(new OrgDetails(state.setupCase().getPartner().name(), null, null, null, null));
		}
		if (step == DraftStep.CUSTOMER_ORG && draft.customerOrg() == null) {
			return draft.withCustomerOrg(new OrgDetails(state.setupCase().getCustomerName(), null, null, null, null));
		}
		return draft;
	}

	private String render(String token, SetupState state, DraftStep step, SetupDraft draft, Map<String, String> errors,
			Locale locale, Model model) {
		Org customerOrg = (step == DraftStep.CUSTOMER_ORG || step == DraftStep.CONFIRM)
				? this.progress.existingCustomerOrg(token, draft) : null;
		return render(token, state, step, draft, errors, customerOrg, locale, model);
	}

	private String render(String token, SetupState state, DraftStep step, SetupDraft draft, Map<String, String> errors,
			Org customerOrg, Locale locale, Model model) {
		List<DraftStep> path = DraftStep.path(state.setupCase().getSetupBy());
		model.addAttribute("page",
				new DraftPage(token, step, path.indexOf(step) + 1, path.size(), draft, HiddenDraft.of(draft, step),
						summary(state, locale),
						(state.partnerOrg() != null) ? OrgView.of(state.partnerOrg().getDetails(), locale) : null,
						(customerOrg != null) ? OrgView.of(customerOrg.getDetails(), locale) : null,
						OrgView.of(draft.partnerOrg(), locale), OrgView.of(draft.customerOrg(), locale),
						state.recipientEmail(), errors, Countries.in(locale)));
		return "setup/draft";
	}

	private OrderSummary summary(SetupState state, Locale locale) {
		return OrderSummary.of(state.setupCase(), this.productNames, locale);
	}

}
