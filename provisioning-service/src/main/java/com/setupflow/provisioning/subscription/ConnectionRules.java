package com.setupflow.provisioning.subscription;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.setupflow.catalogue.ConnectionOption;
import com.setupflow.provisioning.input.FieldIssue;
import com.setupflow.provisioning.input.InputRejected;

/**
 * How a subscription may connect to the customer's mail: at least one option, each one
 * its products offer (Exchange on-premises is for Microsoft 365 only). The wizard and the
 * portal's Launch share the rule.
 */
public final class ConnectionRules {

	private ConnectionRules() {
	}

	/**
	 * @return the options, when they keep the rule
	 * @throws InputRejected on field {@code connectionOptions} otherwise
	 */
	public static Set<ConnectionOption> check(Collection<ConnectionOption> chosen,
			Collection<ConnectionOption> offered) {
		Set<ConnectionOption> options = EnumSet.noneOf(ConnectionOption.class);
		if (chosen != null) {
			options.addAll(chosen);
		}
		if (options.isEmpty()) {
			throw new InputRejected(new FieldIssue("connectionOptions", "at-least-one", "error.atLeastOne", List.of()));
		}
		Set<ConnectionOption> notOffered = EnumSet.copyOf(options);
		notOffered.removeAll(offered);
		if (!notOffered.isEmpty()) {
			throw new InputRejected(new FieldIssue("connectionOptions", "offered", "error.optionNotOffered",
					List.of(notOffered.iterator().next().name())));
		}
		return options;
	}

}
