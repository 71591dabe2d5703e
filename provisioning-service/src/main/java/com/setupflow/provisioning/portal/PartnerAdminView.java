package com.setupflow.provisioning.portal;

import java.util.UUID;

/**
 * A partner org's admin as the portal lists it.
 *
 * @param id the user's id
 * @param email the address they sign in with
 * @param name their name, or {@code null}
 * @param signedUp whether they have chosen a password (otherwise their invitation is
 * pending)
 */
public record PartnerAdminView(UUID id, String email, String name, boolean signedUp) {

}
