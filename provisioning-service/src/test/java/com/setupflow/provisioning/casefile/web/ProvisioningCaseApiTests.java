package com.setupflow.provisioning.casefile.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import com.setupflow.provisioning.ProvisioningIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class ProvisioningCaseApiTests extends ProvisioningIntegrationTest {

	@Test
	void answersAnUnknownOrderWithANotFoundProblem() {
		UUID unknown = UUID.randomUUID();

		this.http.get()
			.uri("/api/v1/provisioning/{orderId}", unknown)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://setupflow.dev/problems/not-found")
			.jsonPath("$.title")
			.isEqualTo("Not found")
			.jsonPath("$.status")
			.isEqualTo(404)
			.jsonPath("$.detail")
			.value(String.class, (detail) -> assertThat(detail).contains(unknown.toString()));
	}

	@Test
	void answersAMalformedOrderIdWithABadRequestProblemNamingIt() {
		this.http.get()
			.uri("/api/v1/provisioning/not-a-uuid")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://setupflow.dev/problems/validation")
			.jsonPath("$.title")
			.exists()
			.jsonPath("$.status")
			.isEqualTo(400)
			.jsonPath("$.detail")
			.value(String.class, (detail) -> assertThat(detail).contains("not-a-uuid"))
			.jsonPath("$.errors[0].field")
			.isEqualTo("orderId");
	}

	@Test
	void documentsTheApiInItsOpenApiDocument() {
		this.http.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.paths['/api/v1/provisioning/{orderId}'].get")
			.exists()
			.jsonPath("$.paths['/setup/{token}']")
			.doesNotExist();
	}

	@Test
	void servesTheSwaggerUi() {
		this.http.get()
			.uri("/swagger-ui.html")
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.value("Location", (location) -> assertThat(location).endsWith("/swagger-ui/index.html"));
		this.http.get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk();
	}

	@Test
	void isReadyWhenItsDatabaseIsReachable() {
		this.http.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.db.status")
			.isEqualTo("UP");
	}

	@Test
	void exposesPrometheusMetricsTaggedWithItsName() {
		this.http.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("application=\"provisioning-service\""));
	}

}
