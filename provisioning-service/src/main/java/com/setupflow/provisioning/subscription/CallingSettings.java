package com.setupflow.provisioning.subscription;

/**
 * Calling settings of a subscription.
 *
 * @param location the name of the main calling location
 * @param emergencyNumber the emergency callback number, E.164
 * @param voicemail whether users get voicemail
 */
public record CallingSettings(String location, String emergencyNumber, Boolean voicemail) {

}
