package com.setupflow.provisioning.wizard;

import java.util.List;

import com.setupflow.provisioning.casefile.SetupBy;

/**
 * The steps before installation, in order. The customer's admin, once handed the setup,
 * skips the partner's questions: it is the customer, it sets up itself, and it is the
 * customer admin.
 */
public enum DraftStep {

	ROLE, WHO, PARTNER_ORG, CUSTOMER_ADMIN, CUSTOMER_ORG, CONFIRM;

	private static final List<DraftStep> PARTNER_PATH = List.of(ROLE, WHO, PARTNER_ORG, CUSTOMER_ADMIN, CUSTOMER_ORG,
			CONFIRM);

	private static final List<DraftStep> CUSTOMER_PATH = List.of(CUSTOMER_ORG, CONFIRM);

	public static List<DraftStep> path(SetupBy setupBy) {
		return (setupBy == SetupBy.CUSTOMER) ? CUSTOMER_PATH : PARTNER_PATH;
	}

	public static DraftStep first(SetupBy setupBy) {
		return path(setupBy).get(0);
	}

	/** The step after this one on the path, or this one when it is the last. */
	public DraftStep next(SetupBy setupBy) {
		List<DraftStep> path = path(setupBy);
		int at = path.indexOf(this);
		return (at >= 0 && at + 1 < path.size()) ? path.get(at + 1) : this;
	}

	/** The step before this one on the path, or this one when it is the first. */
	public DraftStep previous(SetupBy setupBy) {
		List<DraftStep> path = path(setupBy);
		int at = path.indexOf(this);
		return (at > 0) ? path.get(at - 1) : path.get(0);
	}

	/** The steps up to and including this one on the path. */
	public List<DraftStep> upTo(SetupBy setupBy) {
		List<DraftStep> path = path(setupBy);
		int at = path.indexOf(this);
		return (at >= 0) ? path.subList(0, at + 1) : List.of();
	}

	/** The step as it appears in URLs, e.g. {@code partner-org}. */
	public String slug() {
		return name().toLowerCase().replace('_', '-');
	}

	public static DraftStep fromSlug(String slug) {
		for (DraftStep step : values()) {
			if (step.slug().equals(slug)) {
				return step;
			}
		}
		return null;
	}

}
