package com.setupflow.provisioning.link;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How setup links are minted; defaults in {@code application.yaml}.
 *
 * @param validity how long a link works after it is issued
 * @param baseUrl where deployment contacts reach this service, e.g.
 * {@code https://setup.example.com}; links are {@code <baseUrl>/setup/<token>}
 */
@ConfigurationProperties("setupflow.links")
public record SetupLinkProperties(Duration validity, URI baseUrl) {

	public SetupLinkProperties {
		Objects.requireNonNull(validity, "setupflow.links.validity");
		Objects.requireNonNull(baseUrl, "setupflow.links.base-url");
		if (validity.isNegative() || validity.isZero()) {
			throw new IllegalArgumentException("setupflow.links.validity must be positive, not " + validity);
		}
	}

	String urlFor(String token) {
		return publicUrl("/setup/" + token);
	}

	/** The address of a page of this service as people reach it, e.g. {@code /portal}. */
	public String publicUrl(String path) {
		String base = this.baseUrl.toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
	}

}
