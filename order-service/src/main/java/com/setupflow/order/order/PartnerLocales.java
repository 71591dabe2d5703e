package com.setupflow.order.order;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The language of an order's emails when the commerce system names none: the language of
 * the partner's latest order, else English. A partner that once ordered in French keeps
 * getting French.
 */
@Component
class PartnerLocales {

	static final String DEFAULT = "en";

	private final JdbcClient jdbc;

	PartnerLocales(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String resolve(NewOrder order) {
		if (order.locale() != null) {
			return order.locale();
		}
		return this.jdbc.sql("select locale from purchase_order where partner_id = ? order by created_at desc limit 1")
			.param(order.partnerId())
			.query(String.class)
			.optional()
			.orElse(DEFAULT);
	}

}
