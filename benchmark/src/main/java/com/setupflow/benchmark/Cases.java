package com.setupflow.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/**
 * Waits for the provisioning service to catch up: a case for every order a load placed.
 */
final class Cases {

	private static final Duration TIMEOUT = Duration.ofMinutes(10);

	private Cases() {
	}

	/**
	 * Waits until every order whose number starts with {@code tag-} has its provisioning
	 * case.
	 * @return how many orders that is
	 */
	static int await(Stack stack, String tag) throws SQLException {
		int orders = count(stack, "orders", "purchase_order", tag);
		Instant deadline = Instant.now().plus(TIMEOUT);
		while (count(stack, "provisioning", "provisioning_case", tag) < orders) {
			if (Instant.now().isAfter(deadline)) {
				throw new IllegalStateException("Not every order reached the provisioning service within " + TIMEOUT);
			}
			Stack.pause(Duration.ofSeconds(1));
		}
		return orders;
	}

	private static int count(Stack stack, String database, String table, String tag) throws SQLException {
		try (Connection connection = stack.database(database);
				PreparedStatement count = connection
					.prepareStatement("select count(*) from " + table + " where order_number like ?")) {
			count.setString(1, tag + "-%");
			try (ResultSet rs = count.executeQuery()) {
				rs.next();
				return rs.getInt(1);
			}
		}
	}

}
