package com.setupflow.order.support;

import java.time.LocalDate;

/**
 * Order request bodies for tests: a valid one, and a way to change one field of it.
 */
public final class Orders {

	private Orders() {
	}

	/** A valid order starting on {@code start}, as the commerce system would send it. */
	public static String valid(String orderNumber, LocalDate start) {
		return """
				{"orderNumber": "%s",
				 "partner": {"id": "P-1001", "name": "Acme Networks"},
				 "customer": {"name": "Globex SA"},
				 "items": [{"sku": "A-WX", "quantity": 250}],
				 "requestedStartDate": "%s",
				 "timeZone": "Europe/Paris",
				 "deploymentContactEmail": "deploy@acme.example",
				 "accountRepEmail": "rep@vendor.example"}
				""".formatted(orderNumber, start);
	}

}
