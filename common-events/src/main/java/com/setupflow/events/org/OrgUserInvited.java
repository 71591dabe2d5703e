package com.setupflow.events.org;

import java.time.Instant;
import java.util.UUID;

import com.setupflow.events.DomainEvent;

/**
 * Someone was invited to sign in for an org: the notification service emails the link
 * where they choose a password (their address is their username). Like a setup link, the
 * invitation link exists only in this event and the email; the topic must stay internal.
 *
 * @param userId the invited user
 * @param orgId the org they join
 * @param orgName its name
 * @param email their address
 * @param name their name, or {@code null}
 * @param role {@code PARTNER_ADMIN} or {@code CUSTOMER_ADMIN}
 * @param invitedByOrgName the partner org that invited them
 * @param acceptUrl the invitation link
 * @param expiresAt when the link stops working
 * @param locale language of the email
 */
public record OrgUserInvited(UUID userId, UUID orgId, String orgName, String email, String name, String role,
		String invitedByOrgName, String acceptUrl, Instant expiresAt, String locale) implements DomainEvent {

}
