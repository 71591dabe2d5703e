package com.setupflow.notification.intake;

import java.net.URI;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Links the emails carry besides those in the events.
 *
 * @param dashboardUrl the account reps' dashboard, where a stalled order is acted on
 */
@Validated
@ConfigurationProperties("setupflow.links")
public record LinkSettings(@NotNull URI dashboardUrl) {

}
