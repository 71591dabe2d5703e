package com.setupflow.provisioning.portal;

/**
 * Another admin for the partner org, as typed.
 *
 * @param name their name
 * @param email their address, which belongs to no org yet
 */
public record NewPartnerAdmin(String name, String email) {

}
