package com.setupflow.order.apikey;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The machine clients allowed to call the API, found by the hash of the key they present.
 */
@Component
public class ApiClients {

	/** Shorter keys are refused outright: they cannot be ours. */
	static final int MIN_KEY_LENGTH = 32;

	private final JdbcClient jdbc;

	private final Clock clock;

	ApiClients(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The client that owns this key, unless the key is unknown or revoked. */
	public Optional<String> authenticate(String presentedKey) {
		if (presentedKey == null || presentedKey.length() < MIN_KEY_LENGTH || presentedKey.length() > 200) {
			return Optional.empty();
		}
		return this.jdbc.sql("select name from api_client where key_hash = ? and revoked_at is null")
			.param(ApiKeyHash.of(presentedKey))
			.query(String.class)
			.optional();
	}

	/**
	 * Registers a key under a client name; registering the same key again changes
	 * nothing.
	 */
	public void register(String name, String key) {
		if (key.length() < MIN_KEY_LENGTH) {
			throw new IllegalArgumentException("An API key needs at least " + MIN_KEY_LENGTH + " characters");
		}
		this.jdbc
			.sql("insert into api_client (id, name, key_hash, created_at) values (?, ?, ?, ?)"
					+ " on conflict (key_hash) do nothing")
			.params(UUID.randomUUID(), name, ApiKeyHash.of(key), java.sql.Timestamp.from(this.clock.instant()))
			.update();
	}

}
