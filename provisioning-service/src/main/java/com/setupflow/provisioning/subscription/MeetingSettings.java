package com.setupflow.provisioning.subscription;

/**
 * Meeting settings of a subscription.
 *
 * @param language the default language of meetings ({@code en} or {@code fr})
 * @param guestsAllowed whether people without an account may join
 * @param recording whether meetings may be recorded
 */
public record MeetingSettings(String language, Boolean guestsAllowed, Boolean recording) {

}
