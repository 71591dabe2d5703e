package com.setupflow.order.dashboard;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The account reps who may sign in. Passwords are stored only as hashes; emails in lower
 * case, so one person is one account however they type their address.
 */
@Component
public class AccountReps {

	/** NIST SP 800-63B asks for at least 8; a shared-office tool deserves more. */
	public static final int MIN_PASSWORD_LENGTH = 12;

	/**
	 * Long enough for any passphrase, short enough that hashing it costs nothing extra.
	 */
	public static final int MAX_PASSWORD_LENGTH = 256;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final Clock clock;

	AccountReps(JdbcClient jdbc, PasswordEncoder passwords, Clock clock) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.clock = clock;
	}

	/**
	 * Creates the rep unless one with this email exists; an existing rep keeps their name
	 * and password, so a restart never undoes a password change. Two instances starting
	 * at once create one rep: the insert ignores a conflict.
	 * @return whether the rep was created
	 * @throws IllegalArgumentException for an invalid email or a password too short or
	 * too long
	 */
	public boolean registerIfAbsent(String email, String displayName, String password) {
		String normalized = normalize(email);
		if (normalized.length() > 254 || !EMAIL.matcher(normalized).matches()) {
			throw new IllegalArgumentException("'" + email + "' is not an email address like name@example.com");
		}
		if (password.length() < MIN_PASSWORD_LENGTH || password.length() > MAX_PASSWORD_LENGTH) {
			throw new IllegalArgumentException("An account rep's password needs " + MIN_PASSWORD_LENGTH + " to "
					+ MAX_PASSWORD_LENGTH + " characters");
		}
		if (find(normalized).isPresent()) {
			// Spares a start the hashing (Argon2id: 16 MiB, some tens of milliseconds).
			return false;
		}
		return this.jdbc
			.sql("insert into account_rep (email, display_name, password_hash, created_at) values (?, ?, ?, ?)"
					+ " on conflict (email) do nothing")
			.params(normalized, displayName, this.passwords.encode(password), Timestamp.from(this.clock.instant()))
			.update() == 1;
	}

	public Optional<AccountRep> find(String email) {
		return this.jdbc.sql("select email, display_name, password_hash from account_rep where email = ?")
			.param(normalize(email))
			.query((rs, n) -> new AccountRep(rs.getString("email"), rs.getString("display_name"),
					rs.getString("password_hash")))
			.optional();
	}

	/**
	 * Replaces a hash by a stronger one of the same password (see the encoder's upgrade).
	 */
	void replacePasswordHash(String email, String passwordHash) {
		this.jdbc.sql("update account_rep set password_hash = ? where email = ?")
			.params(passwordHash, normalize(email))
			.update();
	}

	/** Emails compare case-insensitively everywhere in the dashboard. */
	public static String normalize(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

}
