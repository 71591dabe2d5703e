package com.setupflow.provisioning.invitation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.setupflow.events.EventEnvelope;
import com.setupflow.events.Topics;
import com.setupflow.events.org.OrgUserInvited;
import com.setupflow.platform.outbox.Outbox;
import com.setupflow.platform.web.RequestIds;
import com.setupflow.provisioning.input.Issues;
import com.setupflow.provisioning.input.PasswordRules;
import com.setupflow.provisioning.link.SetupLinkProperties;
import com.setupflow.provisioning.org.Org;
import com.setupflow.provisioning.org.OrgUser;
import com.setupflow.provisioning.org.OrgUsers;
import com.setupflow.provisioning.security.SecretTokens;
import com.setupflow.provisioning.security.SecretTokens.MintedToken;

/**
 * Issues invitation links and lets their holder choose a password. Like setup links, the
 * token is random and only its hash is stored; opening the page does not use it up,
 * choosing the password does, once.
 */
@Service
@EnableConfigurationProperties(InvitationProperties.class)
public class Invitations {

	private static final String FIND = """
			select i.id, i.user_id, i.expires_at, i.accepted_at, u.email, u.password_hash is not null as has_password,
			       o.name as org_name
			from org_user_invitation i
			join org_user u on u.id = i.user_id
			join org o on o.id = u.org_id
			where i.token_hash = ?""";

	private final JdbcClient jdbc;

	private final OrgUsers users;

	private final Outbox outbox;

	private final PasswordEncoder encoder;

	private final InvitationProperties properties;

	private final SetupLinkProperties links;

	private final Clock clock;

	Invitations(JdbcClient jdbc, OrgUsers users, Outbox outbox, PasswordEncoder encoder,
			InvitationProperties properties, SetupLinkProperties links, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.outbox = outbox;
		this.encoder = encoder;
		this.properties = properties;
		this.links = links;
		this.clock = clock;
	}

	/**
	 * Invites {@code user} to choose a password, in the caller's transaction: the
	 * invitation and the event that emails it commit with whatever created the user.
	 * @param invitedBy the name of the partner that invites
	 * @param correlationId what the invitation belongs to (a subscription, an org, an
	 * order)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void invite(OrgUser user, Org org, String invitedBy, Locale locale, UUID correlationId) {
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(this.properties.validity());
		MintedToken token = SecretTokens.mint();
		this.jdbc
			.sql("insert into org_user_invitation (id, user_id, token_hash, expires_at, created_at)"
					+ " values (?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), user.getId(), token.hash(), Timestamp.from(expiresAt), Timestamp.from(now))
			.update();
		OrgUserInvited invited = new OrgUserInvited(user.getId(), org.getId(), org.getName(), user.getEmail(),
				user.getName(), user.getRole().name(), invitedBy, this.links.publicUrl("/invitations/" + token.token()),
				expiresAt, locale.getLanguage());
		this.outbox.append(Topics.PROVISIONING, EventEnvelope.wrap(invited, user.getId().toString(),
				correlationId.toString(), RequestIds.current(), now));
	}

	/**
	 * The invitation behind a link, when it still works.
	 * @throws InvitationNotUsable when it is unknown, expired or used
	 */
	@Transactional(readOnly = true)
	public PendingInvitation open(String presentedToken) {
		Found found = find(presentedToken, false);
		return new PendingInvitation(found.userId(), found.email(), found.orgName());
	}

	/**
	 * Sets the invited user's password and uses the invitation up.
	 * @throws InvitationNotUsable when it is unknown, expired or used
	 * @throws com.setupflow.provisioning.input.InputRejected when the password breaks a
	 * rule; nothing changes
	 */
	@Transactional
	public void accept(String presentedToken, String password, String confirmation) {
		Found found = find(presentedToken, true);
		OrgUser user = this.users.findById(found.userId()).orElseThrow();
		Issues issues = new Issues();
		PasswordRules.check(issues, user.getEmail(), password, confirmation);
		issues.throwIfAny();
		user.choosePassword(this.encoder.encode(password));
		this.users.save(user);
		this.jdbc.sql("update org_user_invitation set accepted_at = ? where id = ?")
			.params(Timestamp.from(this.clock.instant()), found.id())
			.update();
	}

	private Found find(String presentedToken, boolean lock) {
		Optional<Found> row = SecretTokens.hashOf(presentedToken)
			.flatMap((hash) -> this.jdbc.sql(lock ? FIND + " for update of i" : FIND)
				.param(hash)
				.query((rs, n) -> new Found(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
						rs.getTimestamp("expires_at").toInstant(), rs.getTimestamp("accepted_at") != null,
						rs.getBoolean("has_password"), rs.getString("email"), rs.getString("org_name")))
				.optional());
		Found found = row.orElseThrow(() -> new InvitationNotUsable(false));
		// A user who chose a password through another invitation is done with this one.
		if (found.accepted() || found.hasPassword() || !this.clock.instant().isBefore(found.expiresAt())) {
			throw new InvitationNotUsable(true);
		}
		return found;
	}

	private record Found(UUID id, UUID userId, Instant expiresAt, boolean accepted, boolean hasPassword, String email,
			String orgName) {
	}

}
