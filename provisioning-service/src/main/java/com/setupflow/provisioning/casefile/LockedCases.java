package com.setupflow.provisioning.casefile;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks many cases, items included, in one statement: a burst of setup invitations must
 * not cost a lock and an item query per order. Takes the same row locks as
 * {@link ProvisioningCases#findLockedByOrderId}, so a link being opened still never
 * interleaves with an order event.
 */
@Component
public class LockedCases {

	// Rows are locked in order-id order, so two batches that share cases cannot deadlock.
	private static final String LOCK = """
			select c.order_id, c.version, c.order_number, c.partner_id, c.partner_name, c.customer_name,
			       c.requested_start_date, c.time_zone, c.deployment_contact_email, c.account_rep_email,
			       c.locale, c.status, c.cancellation_reason, c.setup_started_at, c.setup_holder_email,
			       c.setup_by, c.partner_org_disputed_at, c.created_at, c.updated_at,
			       array(select i.sku from provisioning_case_item i
			             where i.order_id = c.order_id order by i.line_no) as skus,
			       array(select i.quantity from provisioning_case_item i
			             where i.order_id = c.order_id order by i.line_no) as quantities
			from provisioning_case c
			where c.order_id = any(?)
			order by c.order_id
			for update of c""";

	private final JdbcClient jdbc;

	LockedCases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The cases of these orders, locked until the transaction ends.
	 * @return the cases found, by order id; orders without a case are absent
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Map<UUID, ProvisioningCase> lockAll(Collection<UUID> orderIds) {
		Map<UUID, ProvisioningCase> found = new LinkedHashMap<>();
		if (orderIds.isEmpty()) {
			return found;
		}
		this.jdbc.sql(LOCK)
			.param(orderIds.toArray(UUID[]::new))
			.query(LockedCases::read)
			.list()
			.forEach((locked) -> found.put(locked.getOrderId(), locked));
		return found;
	}

	private static ProvisioningCase read(ResultSet rs, int row) throws SQLException {
		String partnerId = rs.getString("partner_id");
		String partnerName = rs.getString("partner_name");
		// As Spring Data reads the embedded partner: absent when all its columns are.
		Partner partner = (partnerId != null || partnerName != null) ? new Partner(partnerId, partnerName) : null;
		return new ProvisioningCase(rs.getObject("order_id", UUID.class), rs.getLong("version"),
				rs.getString("order_number"), partner, rs.getString("customer_name"), items(rs),
				rs.getObject("requested_start_date", LocalDate.class), rs.getString("time_zone"),
				rs.getString("deployment_contact_email"), rs.getString("account_rep_email"), rs.getString("locale"),
				CaseStatus.valueOf(rs.getString("status")), rs.getString("cancellation_reason"),
				instant(rs, "setup_started_at"), rs.getString("setup_holder_email"),
				SetupBy.valueOf(rs.getString("setup_by")), instant(rs, "partner_org_disputed_at"),
				instant(rs, "created_at"), instant(rs, "updated_at"));
	}

	private static List<CaseItem> items(ResultSet rs) throws SQLException {
		Object[] skus = elements(rs.getArray("skus"));
		Object[] quantities = elements(rs.getArray("quantities"));
		List<CaseItem> items = new ArrayList<>(skus.length);
		for (int i = 0; i < skus.length; i++) {
			items.add(new CaseItem((String) skus[i], ((Number) quantities[i]).intValue()));
		}
		return items;
	}

	private static Object[] elements(Array array) throws SQLException {
		return (array != null) ? (Object[]) array.getArray() : new Object[0];
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
