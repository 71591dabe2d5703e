package com.setupflow.order.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Describes the API, with its bearer API key, at {@code /v3/api-docs} and
 * {@code /swagger-ui.html}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI orderServiceApi() {
		return new OpenAPI()
			.info(new Info().title("setupflow order service")
				.version("v1")
				.description("Orders from the commerce system. Errors are RFC 9457 problem details."))
			.components(new Components().addSecuritySchemes("apiKey",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").description("API key")))
			.addSecurityItem(new SecurityRequirement().addList("apiKey"));
	}

}
