package com.setupflow.provisioning.link.web;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import com.setupflow.provisioning.casefile.ProvisioningCase;
import com.setupflow.provisioning.link.ProductNames;

/**
 * What the landing page shows of an order, ready to print in the reader's language.
 *
 * @param orderNumber the commerce system's order number
 * @param partnerName the ordering partner, or {@code null}
 * @param customerName the end customer, or {@code null}
 * @param products what was ordered
 * @param requestedStartDate the start date, formatted for the reader, or {@code null}
 */
record SetupPageView(String orderNumber, String partnerName, String customerName, List<Product> products,
		String requestedStartDate) {

	static SetupPageView of(ProvisioningCase openedCase, ProductNames names, Locale locale) {
		List<Product> products = openedCase.getItems()
			.stream()
			.map((item) -> new Product(names.nameOf(item.sku()), item.quantity()))
			.toList();
		String startDate = (openedCase.getRequestedStartDate() != null) ? openedCase.getRequestedStartDate()
			.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)) : null;
		return new SetupPageView(openedCase.getOrderNumber(),
				(openedCase.getPartner() != null) ? openedCase.getPartner().name() : null, openedCase.getCustomerName(),
				products, startDate);
	}

	/**
	 * One ordered product.
	 *
	 * @param name display name
	 * @param quantity number of licences
	 */
	record Product(String name, int quantity) {
	}

}
