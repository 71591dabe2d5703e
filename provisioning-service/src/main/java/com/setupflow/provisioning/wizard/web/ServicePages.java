package com.setupflow.provisioning.wizard.web;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import com.setupflow.catalogue.ConnectionOption;
import com.setupflow.catalogue.SetupStep;
import com.setupflow.provisioning.input.FieldIssue;
import com.setupflow.provisioning.input.FieldMessages;
import com.setupflow.provisioning.input.InputRejected;
import com.setupflow.provisioning.link.ProductNames;
import com.setupflow.provisioning.subscription.CallingSettings;
import com.setupflow.provisioning.subscription.MeetingSettings;
import com.setupflow.provisioning.subscription.Subscription;
import com.setupflow.provisioning.wizard.Deployment;
import com.setupflow.provisioning.wizard.PasswordChoice;
import com.setupflow.provisioning.wizard.ServiceSetup;
import com.setupflow.provisioning.wizard.SetupProgress;
import com.setupflow.provisioning.wizard.SetupState;
import com.setupflow.provisioning.wizard.Stage;
import com.setupflow.provisioning.wizard.StepConflict;

/**
 * The pages after installation: the new admin's password, service setup step by step,
 * "Deploy and start billing", and the result. Every save redirects (Post/Redirect/Get),
 * so reloading a page never saves twice.
 */
@Controller
@RequestMapping("/setup/{token}")
class ServicePages {

	private static final String OVERVIEW = "redirect:/setup/{token}/services";

	private final SetupProgress progress;

	private final PasswordChoice passwords;

	private final ServiceSetup setup;

	private final Deployment deployment;

	private final ProductNames productNames;

	private final FieldMessages messages;

	ServicePages(SetupProgress progress, PasswordChoice passwords, ServiceSetup setup, Deployment deployment,
			ProductNames productNames, FieldMessages messages) {
		this.progress = progress;
		this.passwords = passwords;
		this.setup = setup;
		this.deployment = deployment;
		this.productNames = productNames;
		this.messages = messages;
	}

	@GetMapping("/services")
	String overview(@PathVariable String token, Locale locale, Model model) {
		SetupState state = this.progress.state(token);
		if (state.stage() == Stage.DRAFT) {
			return "redirect:/setup/{token}";
		}
		model.addAttribute("page", page(token, state, Map.of(), Map.of(), locale));
		if (state.stage() == Stage.PASSWORD) {
			return "setup/password";
		}
		return (state.stage() == Stage.DEPLOYED) ? "setup/deployed" : "setup/services";
	}

	@PostMapping("/password")
	String choosePassword(@PathVariable String token, @RequestParam(required = false) String password,
			@RequestParam(required = false) String passwordConfirmation, Locale locale, Model model) {
		return save(token, "setup/password", Map.of(), locale, model,
				() -> this.passwords.choose(token, password, passwordConfirmation));
	}

	@GetMapping("/services/{step}")
	String step(@PathVariable String token, @PathVariable("step") String slug, Locale locale, Model model) {
		SetupStep step = editable(slug);
		SetupState state = this.progress.state(token);
		if (state.stage() != Stage.SERVICES) {
			return OVERVIEW;
		}
		model.addAttribute("step", step.name());
		model.addAttribute("page", page(token, state, Map.of(), savedValues(state), locale));
		return "setup/service-step";
	}

	@PostMapping("/services/calling")
	String saveCalling(@PathVariable String token, @RequestParam(required = false) String location,
			@RequestParam(required = false) String emergencyNumber, @RequestParam(required = false) Boolean voicemail,
			Locale locale, Model model) {
		CallingSettings typed = new CallingSettings(location, emergencyNumber, voicemail);
		model.addAttribute("step", SetupStep.CALLING.name());
		return save(token, "setup/service-step",
				values("location", location, "emergencyNumber", emergencyNumber, "voicemail", voicemail), locale, model,
				() -> this.setup.saveCalling(token, typed));
	}

	@PostMapping("/services/meetings")
	String saveMeetings(@PathVariable String token, @RequestParam(required = false) String language,
			@RequestParam(required = false) Boolean guestsAllowed, @RequestParam(required = false) Boolean recording,
			Locale locale, Model model) {
		MeetingSettings typed = new MeetingSettings(language, guestsAllowed, recording);
		model.addAttribute("step", SetupStep.MEETINGS.name());
		return save(token, "setup/service-step",
				values("language", language, "guestsAllowed", guestsAllowed, "recording", recording), locale, model,
				() -> this.setup.saveMeetings(token, typed));
	}

	/**
	 * "Check availability" and "Save" post the same form. Save only takes a subdomain
	 * whose availability was checked, as {@code checkedSubdomain} carries it.
	 */
	@PostMapping("/services/enterprise")
	String saveEnterprise(@PathVariable String token, @RequestParam(required = false) String subdomain,
			@RequestParam(required = false) String checkedSubdomain,
			@RequestParam(name = "action", defaultValue = "check") String action, Locale locale, Model model) {
		model.addAttribute("step", SetupStep.ENTERPRISE.name());
		Map<String, Object> typed = values("subdomain", subdomain);
		if (!"save".equals(action)) {
			return checkSubdomain(token, subdomain, typed, locale, model);
		}
		String normalised = (subdomain != null) ? subdomain.strip().toLowerCase(Locale.ROOT) : "";
		if (!normalised.equals(checkedSubdomain)) {
			FieldIssue unchecked = new FieldIssue("subdomain", "checked", "error.subdomainUnchecked", List.of());
			return render(token, "setup/service-step", this.messages.of(List.of(unchecked), locale), typed, locale,
					model);
		}
		return save(token, "setup/service-step", typed, locale, model,
				() -> this.setup.saveSubdomain(token, subdomain));
	}

	@PostMapping("/services/connection")
	String saveConnection(@PathVariable String token,
			@RequestParam(name = "connectionOptions", required = false) List<String> chosen, Locale locale,
			Model model) {
		model.addAttribute("step", SetupStep.CONNECTION.name());
		Set<ConnectionOption> options = EnumSet.noneOf(ConnectionOption.class);
		for (String name : (chosen != null) ? chosen : List.<String>of()) {
			try {
				options.add(ConnectionOption.valueOf(name));
			}
			catch (IllegalArgumentException ex) {
				// A forged value: say so on the field rather than fail.
				return render(token, "setup/service-step", this.messages
					.of(List.of(new FieldIssue("connectionOptions", "offered", "error.choice", List.of())), locale),
						values("connectionOptions", options), locale, model);
			}
		}
		return save(token, "setup/service-step", values("connectionOptions", options), locale, model,
				() -> this.setup.saveConnectionOptions(token, options));
	}

	@PostMapping("/deploy")
	String deploy(@PathVariable String token, Locale locale, Model model) {
		return save(token, "setup/services", Map.of(), locale, model, () -> this.deployment.deploy(token));
	}

	private String checkSubdomain(String token, String subdomain, Map<String, Object> typed, Locale locale,
			Model model) {
		try {
			String available = this.setup.checkSubdomain(token, subdomain);
			model.addAttribute("availableSubdomain", available);
			return render(token, "setup/service-step", Map.of(), values("subdomain", available), locale, model);
		}
		catch (InputRejected ex) {
			return render(token, "setup/service-step", this.messages.of(ex.getIssues(), locale), typed, locale, model);
		}
		catch (StepConflict ex) {
			return OVERVIEW;
		}
	}

	private String save(String token, String view, Map<String, Object> typed, Locale locale, Model model,
			Runnable action) {
		try {
			action.run();
			return OVERVIEW;
		}
		catch (InputRejected ex) {
			return render(token, view, this.messages.of(ex.getIssues(), locale), typed, locale, model);
		}
		catch (StepConflict ex) {
			return OVERVIEW;
		}
	}

	private String render(String token, String view, Map<String, String> errors, Map<String, Object> typed,
			Locale locale, Model model) {
		SetupState state = this.progress.state(token);
		model.addAttribute("page", page(token, state, errors, typed, locale));
		return view;
	}

	private ServicePage page(String token, SetupState state, Map<String, String> errors, Map<String, Object> values,
			Locale locale) {
		return new ServicePage(token, OrderSummary.of(state.setupCase(), this.productNames, locale),
				state.subscription(), OrgView.of(state.customerOrg().getDetails(), locale),
				state.customerOrg().getSubdomain(), state.serviceSteps(), state.connectionOptions(),
				state.readyToDeploy(), state.recipientEmail(), errors, values);
	}

	private static Map<String, Object> savedValues(SetupState state) {
		Subscription subscription = state.subscription();
		Map<String, Object> values = new HashMap<>();
		if (subscription.getCalling() != null) {
			values.put("location", subscription.getCalling().location());
			values.put("emergencyNumber", subscription.getCalling().emergencyNumber());
			values.put("voicemail", subscription.getCalling().voicemail());
		}
		if (subscription.getMeetings() != null) {
			values.put("language", subscription.getMeetings().language());
			values.put("guestsAllowed", subscription.getMeetings().guestsAllowed());
			values.put("recording", subscription.getMeetings().recording());
		}
		values.put("subdomain", state.customerOrg().getSubdomain());
		values.put("connectionOptions", subscription.getConnectionOptions());
		return values;
	}

	/** Only steps with a form; an unknown step is a 404 like any unknown page. */
	private static SetupStep editable(String slug) {
		for (SetupStep step : EnumSet.of(SetupStep.CALLING, SetupStep.MEETINGS, SetupStep.ENTERPRISE,
				SetupStep.CONNECTION)) {
			if (step.name().toLowerCase(Locale.ROOT).equals(slug)) {
				return step;
			}
		}
		throw new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	private static Map<String, Object> values(Object... pairs) {
		Map<String, Object> values = new HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			if (pairs[i + 1] != null) {
				values.put((String) pairs[i], pairs[i + 1]);
			}
		}
		return values;
	}

}
