package com.setupflow.provisioning.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

/**
 * Three doors. The portal API takes an org user's credentials on each request (HTTP
 * Basic, no session, so no CSRF to forge). The rest of {@code /api} is the setup API,
 * opened by the token in its path, and the internal case API. Pages: setup pages are open
 * to whoever holds a link, the portal needs a login, and every form carries a CSRF token
 * kept in a cookie rather than a session, so any instance can check it.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String LOGIN = "/login";

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'none'; object-src 'none'; "
			+ "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

	@Bean
	@Order(1)
	SecurityFilterChain portalApiSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/v1/portal/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.httpBasic(Customizer.withDefaults())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain tokenApiSecurity(HttpSecurity http) throws Exception {
		// No cookie authenticates these calls, so there is no session for CSRF to abuse.
		http.securityMatcher("/api/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain pageSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers("/setup/**", "/invitations/**", LOGIN, "/css/**", "/error")
					.permitAll()
					.anyRequest()
					.authenticated())
			.csrf((csrf) -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
			.formLogin((form) -> form.loginPage(LOGIN)
				.usernameParameter("email")
				.passwordParameter("password")
				.defaultSuccessUrl("/portal", true))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl(LOGIN + "?logout"))
			.headers(
					(headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
		return http.build();
	}

}
