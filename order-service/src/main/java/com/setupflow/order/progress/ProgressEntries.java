package com.setupflow.order.progress;

import java.util.Optional;

import com.setupflow.events.notification.NotificationFailed;
import com.setupflow.events.notification.NotificationSent;
import com.setupflow.events.provisioning.OrderInstalled;
import com.setupflow.events.provisioning.PartnerOrgDisputed;
import com.setupflow.events.provisioning.ProvisioningStarted;
import com.setupflow.events.provisioning.ServicesDeployed;
import com.setupflow.events.provisioning.SetupDelegated;
import com.setupflow.events.provisioning.SetupLinkIssued;
import com.setupflow.events.provisioning.SetupLinksRevoked;

/**
 * The timeline entry another service's report makes, for a person reading the order's
 * history. Reports with no entry (organisations created: the installation says it) make
 * none.
 */
final class ProgressEntries {

	private ProgressEntries() {
	}

	static Optional<Entry> entryFor(Object payload) {
		if (payload instanceof ProvisioningStarted) {
			return entry("LINK_OPENED", "Setup link opened; setup started");
		}
		if (payload instanceof SetupLinkIssued issued) {
			return entry("LINK_ISSUED",
					"Setup link issued to " + issued.recipientEmail() + " (" + issued.reason() + ")");
		}
		if (payload instanceof SetupLinksRevoked revoked) {
			return entry("LINKS_REVOKED", "Setup links revoked (" + revoked.reason() + ")");
		}
		if (payload instanceof SetupDelegated delegated) {
			return entry("SETUP_DELEGATED", "Setup delegated by " + delegated.delegatedBy() + " to "
					+ delegate(delegated.delegatedTo()) + ": " + delegated.recipientEmail());
		}
		if (payload instanceof PartnerOrgDisputed disputed) {
			return entry("PARTNER_ORG_DISPUTED",
					"Partner organisation '" + disputed.partnerOrgName() + "' not recognised by "
							+ disputed.reportedBy() + "; setup stopped, account rep " + disputed.accountRepEmail()
							+ " alerted");
		}
		if (payload instanceof OrderInstalled installed) {
			return entry("INSTALLED",
					"Order installed by " + installed.installedBy() + "; subscription " + installed.subscriptionId());
		}
		if (payload instanceof ServicesDeployed deployed) {
			String skus = deployed.skus().isEmpty() ? "" : " (" + String.join(", ", deployed.skus()) + ")";
			return entry("SERVICES_DEPLOYED",
					"Services deployed" + skus + "; subscription " + deployed.subscriptionId() + " active");
		}
		if (payload instanceof NotificationSent sent) {
			return entry("EMAIL_SENT", "Email '" + sent.template() + "' sent to " + sent.recipient());
		}
		if (payload instanceof NotificationFailed failed) {
			return entry("EMAIL_FAILED", "Email '" + failed.template() + "' to " + failed.recipient() + " failed after "
					+ failed.attempts() + " attempts: " + failed.error());
		}
		return Optional.empty();
	}

	/** Who the setup was handed to; a value newer than this service reads as it is. */
	private static String delegate(String delegatedTo) {
		if ("COLLEAGUE".equals(delegatedTo)) {
			return "a colleague";
		}
		if ("CUSTOMER".equals(delegatedTo)) {
			return "the customer";
		}
		return String.valueOf(delegatedTo);
	}

	private static Optional<Entry> entry(String kind, String detail) {
		return Optional.of(new Entry(kind, detail));
	}

	record Entry(String kind, String detail) {
	}

}
