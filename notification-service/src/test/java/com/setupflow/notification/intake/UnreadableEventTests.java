package com.setupflow.notification.intake;

import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.setupflow.events.Topics;
import com.setupflow.notification.support.NotificationServiceTest;
import com.setupflow.notification.support.TestEvent;
import com.setupflow.testsupport.KafkaTestConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class UnreadableEventTests extends NotificationServiceTest {

	@Test
	void deadLettersWhatIsNotAnEventAndHandlesTheEventsAroundIt() {
		UUID orderId = UUID.randomUUID();
		String before = uniqueAddress("before");
		String after = uniqueAddress("after");
		TestEvent notAnEvent = new TestEvent(UUID.randomUUID(), orderId, Topics.PROVISIONING,
				"not an event, order " + orderId);
		TestEvent scriptLink = TestEvent.of("SetupLinkIssued", orderId)
			.replacing("deploy@acme.example", uniqueAddress("script"))
			.replacing("http://localhost:8082/setup/", "javascript:alert(1)//");
		try (KafkaTestConsumer deadLetters = KafkaTestConsumer.fromEnd(Topics.PROVISIONING + ".DLT")) {
			publish(TestEvent.of("SetupLinkIssued", orderId).replacing("deploy@acme.example", before));
			publish(notAnEvent);
			publish(scriptLink);
			publish(TestEvent.of("SetupLinkIssued", orderId).replacing("deploy@acme.example", after));

			await().atMost(BOUND).until(() -> mailTo(before).size() == 1 && mailTo(after).size() == 1);
			assertThat(deadLetters.awaitRecords(2, BOUND)).extracting(ConsumerRecord::value)
				.containsExactly(notAnEvent.json(), scriptLink.json());
			assertThat(deliveriesOfOrder(orderId)).isEqualTo(2);
		}
	}

}
