package com.setupflow.notification.web;

import java.util.UUID;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import com.setupflow.notification.support.NotificationServiceTest;
import com.setupflow.notification.support.TestEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class NotificationApiTests extends NotificationServiceTest {

	@Test
	void listsAnOrdersEmailsWithoutTheirBodies() {
		UUID orderId = UUID.randomUUID();
		String contact = uniqueAddress("listed");
		TestEvent issued = TestEvent.of("SetupLinkIssued", orderId)
			.replacing("deploy@acme.example", contact)
			.replacing("\"locale\": \"fr\"", "\"locale\": \"en\"");
		publish(issued);
		await().atMost(BOUND).until(() -> mailTo(contact).size() == 1);

		this.http.get()
			.uri("/api/v1/notifications?correlationId={orderId}&status=SENT", orderId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalItems")
			.isEqualTo(1)
			.jsonPath("$.items[0].correlationId")
			.isEqualTo(orderId.toString())
			.jsonPath("$.items[0].causeEventId")
			.isEqualTo(issued.eventId().toString())
			.jsonPath("$.items[0].template")
			.isEqualTo("configure-now")
			.jsonPath("$.items[0].recipient")
			.isEqualTo(contact)
			.jsonPath("$.items[0].locale")
			.isEqualTo("en")
			.jsonPath("$.items[0].subject")
			.isEqualTo("Configure now: order CCW-100234")
			.jsonPath("$.items[0].status")
			.isEqualTo("SENT")
			.jsonPath("$.items[0].attempts")
			.isEqualTo(1)
			.jsonPath("$.items[0].sentAt")
			.exists()
			.jsonPath("$.items[0].lastError")
			.doesNotExist();
		this.http.get()
			.uri("/api/v1/notifications?correlationId={orderId}", orderId)
			.exchange()
			.expectBody(String.class)
			.value((body) -> assertThat(body).doesNotContain("/setup/", "Body", "body"));
	}

	@Test
	void listsTheEmailsOfASubscriptionAndOfAnInvitedUserThoughTheyBelongToNoOrder() {
		UUID subscriptionId = UUID.randomUUID();
		UUID userId = UUID.randomUUID();
		String admin = uniqueAddress("listed-admin");
		String invitee = uniqueAddress("listed-invitee");
		publish(TestEvent.of("TrialEndingSoon", subscriptionId).replacing("admin@acme.example", admin));
		publish(TestEvent.of("TrialExpired", subscriptionId).replacing("admin@acme.example", admin));
		TestEvent invited = TestEvent.of("OrgUserInvited", userId).replacing("it@globex.example", invitee);
		publish(invited);
		await().atMost(BOUND).until(() -> mailTo(admin).size() == 2 && mailTo(invitee).size() == 1);

		this.http.get()
			.uri("/api/v1/notifications?correlationId={subscriptionId}&status=SENT", subscriptionId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalItems")
			.isEqualTo(2)
			.jsonPath("$.items[*].template")
			.value((templates) -> assertThat(templates).asInstanceOf(InstanceOfAssertFactories.LIST)
				.containsExactlyInAnyOrder("trial-ending-soon", "trial-expired"))
			.jsonPath("$.items[*].recipient")
			.value((recipients) -> assertThat(recipients).asInstanceOf(InstanceOfAssertFactories.LIST)
				.containsOnly(admin));
		this.http.get()
			.uri("/api/v1/notifications?correlationId={userId}", userId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalItems")
			.isEqualTo(1)
			.jsonPath("$.items[0].template")
			.isEqualTo("org-user-invited")
			.jsonPath("$.items[0].recipient")
			.isEqualTo(invitee)
			.jsonPath("$.items[0].subject")
			.isEqualTo("Acme Networks invited you to manage Globex SA on setupflow");
		// Found by id too, and never with the invitation link.
		UUID invitationId = (UUID) deliveryOf(invited).get("id");
		this.http.get()
			.uri("/api/v1/notifications/{id}", invitationId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains(userId.toString()).doesNotContain("/invitations/"));
	}

	@Test
	void findsOneEmailById() {
		String contact = uniqueAddress("by-id");
		TestEvent issued = TestEvent.of("SetupLinkIssued", UUID.randomUUID()).replacing("deploy@acme.example", contact);
		publish(issued);
		await().atMost(BOUND).until(() -> mailTo(contact).size() == 1);
		UUID id = (UUID) deliveryOf(issued).get("id");

		this.http.get()
			.uri("/api/v1/notifications/{id}", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(id.toString())
			.jsonPath("$.status")
			.isEqualTo("SENT");
	}

	@Test
	void answersNotFoundForAnUnknownNotification() {
		this.http.get().uri("/api/v1/notifications/{id}", UUID.randomUUID()).exchange().expectStatus().isNotFound();
		this.http.post()
			.uri("/api/v1/notifications/{id}/retry", UUID.randomUUID())
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://setupflow.dev/problems/not-found");
	}

	@Test
	void rejectsAnUnknownStatusAndAnOversizedPage() {
		this.http.get()
			.uri("/api/v1/notifications?status=LOST")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("status");
		this.http.get()
			.uri("/api/v1/notifications?size=1000")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("size");
	}

}
