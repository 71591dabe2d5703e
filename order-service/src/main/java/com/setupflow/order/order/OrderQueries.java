package com.setupflow.order.order;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read side of orders: filtered, paged lists.
 */
@Component
public class OrderQueries {

	private static final String FILTER = " from purchase_order"
			+ " where (cast(:partnerId as varchar) is null or partner_id = :partnerId)"
			+ " and (cast(:status as varchar) is null or status = :status)";

	private static final String STALLED_FOR_REP = " from purchase_order"
			+ " where lower(account_rep_email) = :rep and status = 'STALLED'";

	/**
	 * Reported, no fresh link since (the column is cleared then), and neither installed
	 * nor ended: {@link Order#hasOpenPartnerOrgDispute()} in SQL.
	 */
	private static final String DISPUTED_FOR_REP = " from purchase_order"
			+ " where lower(account_rep_email) = :rep and partner_org_disputed_at is not null"
			+ " and status in ('RECEIVED', 'INVITED', 'STALLED', 'SETUP_STARTED')";

	private final JdbcClient jdbc;

	private final OrderRepository orders;

	OrderQueries(JdbcClient jdbc, OrderRepository orders) {
		this.jdbc = jdbc;
		this.orders = orders;
	}

	/**
	 * Orders matching the filter (a {@code null} criterion matches all), newest first.
	 */
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
		return new OrderPage(inOrder(ids), page, size, total);
	}

	/**
	 * The STALLED orders naming this account rep (in any letter case), the longest
	 * stalled first: the dashboard's list, served by the index
	 * {@code purchase_order_stalled}.
	 */
	public OrderPage stalledFor(String accountRepEmail, int page, int size) {
		return repPage(STALLED_FOR_REP, "stalled_at", accountRepEmail, page, size);
	}

	/**
	 * The orders naming this account rep whose partner organisation was reported as not
	 * recognised and still wait for the rep, the longest waiting first; served by the
	 * index {@code purchase_order_disputed}.
	 */
	public OrderPage disputedFor(String accountRepEmail, int page, int size) {
		return repPage(DISPUTED_FOR_REP, "partner_org_disputed_at", accountRepEmail, page, size);
	}

	/**
	 * One page of a rep's list, oldest {@code since} first.
	 * @param fromWhere the list's {@code from ... where} clause, naming {@code :rep}
	 * @param since the column the list is ordered by (a constant, never user input)
	 */
	private OrderPage repPage(String fromWhere, String since, String accountRepEmail, int page, int size) {
		String rep = accountRepEmail.trim().toLowerCase(Locale.ROOT);
		long total = this.jdbc.sql("select count(*)" + fromWhere).param("rep", rep).query(Long.class).single();
		List<UUID> ids = this.jdbc
			.sql("select id" + fromWhere + " order by " + since + ", id limit :limit offset :offset")
			.param("rep", rep)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(UUID.class)
			.list();
		return new OrderPage(inOrder(ids), page, size, total);
	}

	/** The orders of these ids, in this order. */
	private List<Order> inOrder(List<UUID> ids) {
		Map<UUID, Order> byId = this.orders.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(Order::id, Function.identity()));
		return ids.stream().map(byId::get).toList();
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
