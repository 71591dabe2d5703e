package com.setupflow.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a burst's time went, from the databases' own timestamps: how many orders passed
 * each stage of the link path and of the emails in each 5 s after due. A stage that lags
 * the one before it is where the time goes.
 */
final class BurstStages {

	private static final int BUCKET_SECONDS = 5;

	private static final List<Stage> STAGES = List.of(
			new Stage("orders invited by the sweep", "orders", "purchase_order", "invited_at", "true"),
			new Stage("SetupDue published", "orders", "outbox_event", "published_at", "event_type = 'SetupDue'"),
			new Stage("setup links issued", "provisioning", "setup_link", "issued_at", "true"),
			new Stage("SetupLinkIssued published", "provisioning", "outbox_event", "published_at",
					"event_type = 'SetupLinkIssued'"),
			new Stage("\"Configure now\" recorded", "notifications", "delivery_log", "created_at",
					"template = 'configure-now'"),
			new Stage("\"Configure now\" sent", "notifications", "delivery_log", "sent_at",
					"template = 'configure-now'"));

	private final Stack stack;

	BurstStages(Stack stack) {
		this.stack = stack;
	}

	/** A Markdown table: one row per stage, one column per 5 s from due. */
	String table(long dueMillis) throws Exception {
		List<Map<Long, Long>> counts = new ArrayList<>();
		long lastBucket = 0;
		for (Stage stage : STAGES) {
			Map<Long, Long> perBucket = count(stage, dueMillis);
			counts.add(perBucket);
			lastBucket = Math.max(lastBucket, perBucket.keySet().stream().mapToLong(Long::longValue).max().orElse(0));
		}
		StringBuilder text = new StringBuilder("| seconds from due |");
		StringBuilder rule = new StringBuilder("|---|");
		for (long bucket = 0; bucket <= lastBucket; bucket++) {
			text.append(" %d-%d |".formatted(bucket * BUCKET_SECONDS, (bucket + 1) * BUCKET_SECONDS));
			rule.append("---|");
		}
		text.append('\n').append(rule).append('\n');
		for (int i = 0; i < STAGES.size(); i++) {
			text.append("| ").append(STAGES.get(i).name()).append(" |");
			for (long bucket = 0; bucket <= lastBucket; bucket++) {
				Long count = counts.get(i).get(bucket);
				text.append((count != null) ? " %,d |".formatted(count) : " |");
			}
			text.append('\n');
		}
		return text.toString();
	}

	private Map<Long, Long> count(Stage stage, long dueMillis) throws Exception {
		// Column and table names are this class's constants, never input.
		String sql = "select floor(extract(epoch from (" + stage.column() + " - ?)) / " + BUCKET_SECONDS
				+ ")::bigint as bucket, count(*) from " + stage.table() + " where " + stage.column() + " >= ? and "
				+ stage.condition() + " group by 1";
		Map<Long, Long> perBucket = new TreeMap<>();
		try (Connection connection = this.stack.database(stage.database());
				PreparedStatement query = connection.prepareStatement(sql)) {
			Timestamp due = new Timestamp(dueMillis);
			query.setTimestamp(1, due);
			query.setTimestamp(2, due);
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					perBucket.put(rs.getLong(1), rs.getLong(2));
				}
			}
		}
		return perBucket;
	}

	private record Stage(String name, String database, String table, String column, String condition) {
	}

}
