package com.setupflow.order.order;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read side of orders: filtered, paged lists, newest first.
 */
@Component
public class OrderQueries {

	private static final String FILTER = " from purchase_order"
			+ " where (cast(:partnerId as varchar) is null or partner_id = :partnerId)"
			+ " and (cast(:status as varchar) is null or status = :status)";

	private final JdbcClient jdbc;

	private final OrderRepository orders;

	OrderQueries(JdbcClient jdbc, OrderRepository orders) {
		this.jdbc = jdbc;
		this.orders = orders;
	}

	public OrderPage find(String partnerId, OrderStatus status, int page, int size) {
		Map<String, Object> filter = new java.util.HashMap<>();
		filter.put("partnerId", partnerId);
		filter.put("status", (status != null) ? status.name() : null);
		long total = this.jdbc.sql("select count(*)" + FILTER).params(filter).query(Long.class).single();
		List<UUID> ids = this.jdbc
			.sql("select id" + FILTER + " order by created_at desc, id limit :limit offset :offset")
			.params(filter)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(UUID.class)
			.list();
		Map<UUID, Order> byId = this.orders.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(Order::id, Function.identity()));
		return new OrderPage(ids.stream().map(byId::get).toList(), page, size, total);
	}

	/**
	 * One page of orders.
	 *
	 * @param orders the orders on this page
	 * @param page zero-based page number
	 * @param size page size asked for
	 * @param totalOrders orders matching the filter on all pages
	 */
	public record OrderPage(List<Order> orders, int page, int size, long totalOrders) {
	}

}
