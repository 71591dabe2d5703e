package com.setupflow.provisioning.wizard.web;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import com.setupflow.provisioning.casefile.ProvisioningCase;
import com.setupflow.provisioning.link.ProductNames;

/**
 * What every wizard page shows of the order, ready to print in the reader's language.
 *
 * @param orderNumber the commerce system's order number
 * @param partnerName the ordering partner, or {@code null}
 * @param customerName the end customer, or {@code null}
 * @param products what was ordered
 * @param requestedStartDate the start date, formatted for the reader, or {@code null}
 */
record OrderSummary(String orderNumber, String partnerName, String customerName, List<Product> products,
		String requestedStartDate) {

	static OrderSummary of(ProvisioningCase setupCase, ProductNames names, Locale locale) {
		List<Product> products = setupCase.getItems()
			.stream()
			.map((item) -> new Product(item.sku(), names.nameOf(item.sku()), item.quantity()))
			.toList();
		String startDate = (setupCase.getRequestedStartDate() != null) ? setupCase.getRequestedStartDate()
			.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)) : null;
		return new OrderSummary(setupCase.getOrderNumber(),
				(setupCase.getPartner() != null) ? setupCase.getPartner().name() : null, setupCase.getCustomerName(),
				products, startDate);
	}

	/**
	 * One ordered product.
	 *
	 * @param sku catalogue SKU
	 * @param name display name
	 * @param quantity number of licences
	 */
	record Product(String sku, String name, int quantity) {
	}

}
