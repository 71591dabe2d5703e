package com.setupflow.provisioning.casefile.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.setupflow.provisioning.casefile.CaseItem;
import com.setupflow.provisioning.casefile.CaseStatus;
import com.setupflow.provisioning.casefile.Partner;
import com.setupflow.provisioning.casefile.ProvisioningCase;
import com.setupflow.provisioning.link.SetupLinkSummary;

/**
 * A provisioning case as the API shows it; kept apart from the aggregate so the table can
 * change without breaking clients.
 */
record CaseResponse(UUID orderId, String orderNumber, CaseStatus status, Partner partner, String customerName,
		List<Item> items, LocalDate requestedStartDate, String timeZone, String deploymentContactEmail,
		String accountRepEmail, String locale, String cancellationReason, Links links, Instant createdAt,
		Instant updatedAt) {

	static CaseResponse of(ProvisioningCase found, SetupLinkSummary links) {
		return new CaseResponse(found.getOrderId(), found.getOrderNumber(), found.getStatus(), found.getPartner(),
				found.getCustomerName(), found.getItems().stream().map(Item::of).toList(),
				found.getRequestedStartDate(), found.getTimeZone(), found.getDeploymentContactEmail(),
				found.getAccountRepEmail(), found.getLocale(), found.getCancellationReason(),
				Links.of(links, found.getSetupStartedAt()), found.getCreatedAt(), found.getUpdatedAt());
	}

	record Item(String sku, int quantity) {

		static Item of(CaseItem item) {
			return new Item(item.sku(), item.quantity());
		}

	}

	/**
	 * The order's setup links at a glance; never a token or its hash.
	 *
	 * @param issuedCount links ever issued
	 * @param currentRecipientEmail who holds the newest live link, {@code null} when none
	 * is live
	 * @param currentExpiresAt when that link expires
	 * @param setupStartedAt when a link was first opened, {@code null} before
	 */
	record Links(int issuedCount, String currentRecipientEmail, Instant currentExpiresAt, Instant setupStartedAt) {

		static Links of(SetupLinkSummary summary, Instant setupStartedAt) {
			return new Links(summary.issuedCount(), summary.currentRecipientEmail(), summary.currentExpiresAt(),
					setupStartedAt);
		}

	}

}
