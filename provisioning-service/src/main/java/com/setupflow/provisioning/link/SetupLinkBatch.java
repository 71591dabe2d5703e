package com.setupflow.provisioning.link;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.setupflow.events.EventEnvelope;
import com.setupflow.events.Topics;
import com.setupflow.platform.outbox.Outbox;
import com.setupflow.provisioning.casefile.ProvisioningCase;
import com.setupflow.provisioning.security.SecretTokens;
import com.setupflow.provisioning.security.SecretTokens.MintedToken;

/**
 * What {@link SetupLinkIssuer} does for one order, done for many at once with a fixed
 * number of statements: when 100,000 invitations fall due at one instant, a few database
 * round trips per order would take minutes. The links and their {@code SetupLinkIssued}
 * are the same as one by one.
 */
@Component
public class SetupLinkBatch {

	// Version 0 is what Spring Data JDBC writes for a new link, so later saves of it
	// work.
	private static final String INSERT = "insert into setup_link (id, version, order_id, token_hash,"
			+ " recipient_email, issue_reason, issued_at, expires_at) values (?, 0, ?, ?, ?, ?, ?, ?)";

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final SetupLinkIssuer issuer;

	private final Outbox outbox;

	private final Clock clock;

	SetupLinkBatch(JdbcClient jdbc, JdbcTemplate batches, SetupLinkIssuer issuer, Outbox outbox, Clock clock) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.issuer = issuer;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * {@link SetupLinkIssuer#hasLiveLink} for many orders in one query.
	 * @return the orders among these that hold a link that works now
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Set<UUID> withLiveLink(Collection<UUID> orderIds) {
		if (orderIds.isEmpty()) {
			return Set.of();
		}
		// Live as SetupLink.isLiveAt says: neither revoked nor expired.
		return Set.copyOf(this.jdbc
			.sql("select distinct order_id from setup_link"
					+ " where order_id = any(?) and revoked_at is null and expires_at > ?")
			.params(orderIds.toArray(UUID[]::new), Timestamp.from(this.clock.instant()))
			.query(UUID.class)
			.list());
	}

	/**
	 * {@link SetupLinkIssuer#issue} for many cases: one JDBC batch of links, one of
	 * events. The caller holds the cases' locks.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void issueAll(List<Request> requests, IssueReason reason) {
		if (requests.isEmpty()) {
			return;
		}
		Instant now = this.clock.instant();
		List<SetupLink> links = new ArrayList<>(requests.size());
		List<EventEnvelope> events = new ArrayList<>(requests.size());
		for (Request request : requests) {
			MintedToken token = SecretTokens.mint();
			SetupLink link = this.issuer.newLink(request.forCase(), token, reason, now);
			links.add(link);
			events.add(this.issuer.issued(request.forCase(), link, token, null, request.causationId(), now));
		}
		this.batches.batchUpdate(INSERT, links, links.size(), (statement, link) -> {
			statement.setObject(1, link.getId());
			statement.setObject(2, link.getOrderId());
			statement.setString(3, link.getTokenHash());
			statement.setString(4, link.getRecipientEmail());
			statement.setString(5, link.getIssueReason().name());
			statement.setTimestamp(6, Timestamp.from(link.getIssuedAt()));
			statement.setTimestamp(7, Timestamp.from(link.getExpiresAt()));
		});
		this.outbox.appendAll(Topics.PROVISIONING, events);
	}

	/**
	 * One link to issue.
	 *
	 * @param forCase the case, locked by the caller
	 * @param causationId the event that asked for the link
	 */
	public record Request(ProvisioningCase forCase, String causationId) {

	}

}
