package com.setupflow.provisioning.security;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Org users' passwords are hashed with Argon2id (memory-hard, OWASP's first choice),
 * behind an id prefix so a later algorithm can take over without a migration.
 */
@Configuration(proxyBeanMethods = false)
class Passwords {

	/** Spring Security's own id for these parameters (PasswordEncoderFactories). */
	static final String ARGON2 = "argon2@SpringSecurity_v5_8";

	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder(ARGON2,
				Map.of(ARGON2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
	}

}
