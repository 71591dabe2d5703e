package com.setupflow.notification.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the delivery log for people: never the bodies, which hold setup links.
 */
@Repository
public class DeliveryQueries {

	private static final String COLUMNS = "id, correlation_id, cause_event_id, template, recipient, locale, subject,"
			+ " status, attempts, next_attempt_at, last_error, sent_at, created_at, cause_occurred_at";

	private final JdbcClient jdbc;

	DeliveryQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Delivery> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from delivery_log where id = ?")
			.param(id)
			.query(DeliveryQueries::delivery)
			.optional();
	}

	/**
	 * A page of deliveries, newest first.
	 * @param correlationId only those of this order, subscription or invited user, or
	 * {@code null} for all
	 * @param status only in this status, or {@code null} for all
	 * @param page zero-based page number
	 * @param size page size
	 * @return the page
	 */
	public DeliveryPage find(UUID correlationId, DeliveryStatus status, int page, int size) {
		List<String> conditions = new ArrayList<>();
		List<Object> parameters = new ArrayList<>();
		if (correlationId != null) {
			conditions.add("correlation_id = ?");
			parameters.add(correlationId);
		}
		if (status != null) {
			conditions.add("status = ?");
			parameters.add(status.name());
		}
		String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		long total = this.jdbc.sql("select count(*) from delivery_log" + where)
			.params(parameters)
			.query(Long.class)
			.single();
		List<Object> pageParameters = new ArrayList<>(parameters);
		pageParameters.add(size);
		pageParameters.add((long) page * size);
		List<Delivery> deliveries = this.jdbc
			.sql("select " + COLUMNS + " from delivery_log" + where + " order by created_at desc, id limit ? offset ?")
			.params(pageParameters)
			.query(DeliveryQueries::delivery)
			.list();
		return new DeliveryPage(deliveries, page, size, total);
	}

	private static Delivery delivery(ResultSet rs, int row) throws SQLException {
		return new Delivery(rs.getObject("id", UUID.class), rs.getObject("correlation_id", UUID.class),
				rs.getObject("cause_event_id", UUID.class), rs.getString("template"), rs.getString("recipient"),
				rs.getString("locale"), rs.getString("subject"), DeliveryStatus.valueOf(rs.getString("status")),
				rs.getInt("attempts"), instant(rs, "next_attempt_at"), rs.getString("last_error"),
				instant(rs, "sent_at"), instant(rs, "created_at"), instant(rs, "cause_occurred_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	/**
	 * One page of deliveries.
	 *
	 * @param deliveries the rows, newest first
	 * @param page zero-based page number
	 * @param size page size
	 * @param total rows matching the filter
	 */
	public record DeliveryPage(List<Delivery> deliveries, int page, int size, long total) {
	}

}
