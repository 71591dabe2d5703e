package com.setupflow.provisioning.link.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The token is in the URL of every page under {@code /setup}: no cache may keep one of
 * them, and no link on them may pass the URL on as a Referer. A filter sets the headers
 * before anything else runs, so every answer there has them, error pages included.
 */
@Configuration(proxyBeanMethods = false)
class SetupPageHeaders {

	@Bean
	FilterRegistrationBean<NoStoreNoReferrer> setupPageHeadersFilter() {
		FilterRegistrationBean<NoStoreNoReferrer> registration = new FilterRegistrationBean<>(new NoStoreNoReferrer());
		registration.addUrlPatterns("/setup/*");
		return registration;
	}

	static final class NoStoreNoReferrer extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			response.setHeader("Referrer-Policy", "no-referrer");
			chain.doFilter(request, response);
		}

	}

}
