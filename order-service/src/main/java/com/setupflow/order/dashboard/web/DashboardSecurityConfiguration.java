package com.setupflow.order.dashboard.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import com.setupflow.order.dashboard.AccountRepUser;

/**
 * People sign in to the dashboard with a form and keep a session; every form that changes
 * something carries a CSRF token (Thymeleaf adds it to each {@code th:action} form).
 * Ordered after the API's chain, which stays stateless with keys, and before the chain
 * that closes everything else.
 */
@Configuration(proxyBeanMethods = false)
class DashboardSecurityConfiguration {

	static final String LOGIN = "/login";

	@Bean
	@Order(2)
	SecurityFilterChain dashboardSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher("/", "/dashboard", "/dashboard/**", LOGIN, "/logout", "/css/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers(LOGIN, "/css/**")
				.permitAll()
				.anyRequest()
				.hasRole(AccountRepUser.ROLE))
			.formLogin((form) -> form.loginPage(LOGIN)
				.usernameParameter("email")
				.passwordParameter("password")
				.defaultSuccessUrl("/dashboard"))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl(LOGIN + "?logout"))
			// Spring Security's default headers stay; the policy adds that the pages load
			// nothing from elsewhere and run no inline script, should escaping ever fail.
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(
					"default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")));
		return http.build();
	}

}
