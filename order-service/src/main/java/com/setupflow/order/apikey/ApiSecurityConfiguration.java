package com.setupflow.order.apikey;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

import com.setupflow.platform.web.ProblemTypes;

/**
 * The API is for machine clients with a key; health, metrics and the API's documentation
 * are open (metrics sit behind the deployment's network, not the internet). The account
 * rep dashboard's chain (order 2, with sign-in and sessions) sits between these two.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ApiClients clients) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().hasRole("API_CLIENT"))
			// Bearer keys, no cookies: there is no session for a forged request to ride
			// on.
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(new ApiKeyAuthenticationFilter(clients), AnonymousAuthenticationFilter.class)
			.exceptionHandling((errors) -> errors.authenticationEntryPoint((request, response, ex) -> {
				response.setStatus(HttpStatus.UNAUTHORIZED.value());
				response.setHeader("WWW-Authenticate", "Bearer");
				response.setContentType("application/problem+json");
				response.getWriter()
					.write("{\"type\":\"" + ProblemTypes.UNAUTHORIZED + "\",\"title\":\"Unauthorized\",\"status\":401,"
							+ "\"detail\":\"Send a valid API key as 'Authorization: Bearer <key>'.\","
							+ "\"errors\":[{\"field\":\"Authorization\",\"rule\":\"valid API key\","
							+ "\"message\":\"Send a valid API key as 'Authorization: Bearer <key>'.\"}]}");
			}));
		return http.build();
	}

	/**
	 * No observation of each security filter, authentication and authorization (every
	 * chain): they were a twelfth of the order intake's CPU (benchmark,
	 * docs/benchmarks.md), and nothing reads their timers. Requests are still timed
	 * ({@code http.server.requests}).
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/** Last: matches every request the chains before it did not claim. */
	@Bean
	@Order(3)
	SecurityFilterChain openEndpoints(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/actuator/health/**", "/actuator/prometheus", "/actuator/info", "/v3/api-docs/**",
					"/swagger-ui/**", "/swagger-ui.html", "/error")
			.permitAll()
			.anyRequest()
			.denyAll());
		return http.build();
	}

}
