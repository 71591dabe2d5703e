package com.setupflow.order.dashboard;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How account reps' passwords are hashed: Argon2id (memory-hard, the OWASP first choice)
 * with Spring Security's current parameters. The delegating encoder prefixes each hash
 * with its encoder's id, so a future algorithm can be added here and old hashes still
 * verify, then get re-hashed at the rep's next sign-in.
 */
@Configuration(proxyBeanMethods = false)
class RepPasswords {

	/** Spring Security's own id for these parameters (PasswordEncoderFactories). */
	static final String ARGON2 = "argon2@SpringSecurity_v5_8";

	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder(ARGON2,
				Map.of(ARGON2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
	}

}
