package com.setupflow.notification.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Describes the API at {@code /v3/api-docs} and {@code /swagger-ui.html}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI notificationServiceApi() {
		return new OpenAPI().info(new Info().title("setupflow notification service")
			.version("v1")
			.description("The delivery log of every email: what was sent, what waits for a retry, what failed."
					+ " Errors are RFC 9457 problem details."));
	}

}
