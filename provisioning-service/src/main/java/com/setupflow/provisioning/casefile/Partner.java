package com.setupflow.provisioning.casefile;

/**
 * The reseller that placed the order, as the commerce system knows it.
 *
 * @param id the commerce system's partner id
 * @param name display name
 */
public record Partner(String id, String name) {

}
