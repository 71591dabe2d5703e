package com.setupflow.provisioning.casefile.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.setupflow.provisioning.casefile.CaseItem;
import com.setupflow.provisioning.casefile.CaseStatus;
import com.setupflow.provisioning.casefile.Partner;
import com.setupflow.provisioning.casefile.ProvisioningCase;

/**
 * A provisioning case as the API shows it; kept apart from the aggregate so the table can
 * change without breaking clients.
 */
record CaseResponse(UUID orderId, String orderNumber, CaseStatus status, Partner partner, String customerName,
		List<Item> items, LocalDate requestedStartDate, String timeZone, String deploymentContactEmail,
		String accountRepEmail, String cancellationReason, Instant createdAt, Instant updatedAt) {

	static CaseResponse of(ProvisioningCase found) {
		return new CaseResponse(found.getOrderId(), found.getOrderNumber(), found.getStatus(), found.getPartner(),
				found.getCustomerName(), found.getItems().stream().map(Item::of).toList(),
				found.getRequestedStartDate(), found.getTimeZone(), found.getDeploymentContactEmail(),
				found.getAccountRepEmail(), found.getCancellationReason(), found.getCreatedAt(), found.getUpdatedAt());
	}

	record Item(String sku, int quantity) {

		static Item of(CaseItem item) {
			return new Item(item.sku(), item.quantity());
		}

	}

}
