package com.setupflow.provisioning.invitation;

import java.util.UUID;

/**
 * An invitation that still works, as its page shows it.
 *
 * @param userId the invited user
 * @param email their address, which is their username
 * @param orgName the org they join
 */
public record PendingInvitation(UUID userId, String email, String orgName) {

}
