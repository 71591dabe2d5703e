package com.setupflow.provisioning.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.setupflow.events.EventFixtures;
import com.setupflow.events.EventJson;
import com.setupflow.events.order.OrderPlaced;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ProvisioningCaseTests {

	private static final Instant OPENED = Instant.parse("2026-11-21T09:15:31Z");

	private static final Instant LATER = Instant.parse("2026-11-22T10:00:01Z");

	@Test
	void opensCaseAwaitingSetupWithWhatTheOrderSays() {
		ProvisioningCase opened = ProvisioningCase.open(placedFixture(), OPENED);

		assertThat(opened.getOrderId()).isEqualTo(UUID.fromString("6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b"));
		assertThat(opened.getOrderNumber()).isEqualTo("CCW-100234");
		assertThat(opened.getStatus()).isEqualTo(CaseStatus.AWAITING_SETUP);
		assertThat(opened.getPartner()).isEqualTo(new Partner("P-1001", "Acme Networks"));
		assertThat(opened.getCustomerName()).isEqualTo("Globex SA");
		assertThat(opened.getItems()).containsExactly(new CaseItem("A-WX", 250));
		assertThat(opened.getRequestedStartDate()).isEqualTo(LocalDate.parse("2026-12-01"));
		assertThat(opened.getTimeZone()).isEqualTo("Europe/Paris");
		assertThat(opened.getDeploymentContactEmail()).isEqualTo("deploy@acme.example");
		assertThat(opened.getAccountRepEmail()).isEqualTo("rep@vendor.example");
		assertThat(opened.getLocale()).isEqualTo("fr");
		assertThat(opened.getSetupStartedAt()).isNull();
		assertThat(opened.getCreatedAt()).isEqualTo(OPENED);
		assertThat(opened.getUpdatedAt()).isEqualTo(OPENED);
	}

	@Test
	void cancelsAnOpenCase() {
		ProvisioningCase provisioningCase = ProvisioningCase.open(placedFixture(), OPENED);

		boolean changed = provisioningCase.cancel("Customer withdrew", LATER);

		assertThat(changed).isTrue();
		assertThat(provisioningCase.getStatus()).isEqualTo(CaseStatus.CANCELLED);
		assertThat(provisioningCase.getCancellationReason()).isEqualTo("Customer withdrew");
		assertThat(provisioningCase.getUpdatedAt()).isEqualTo(LATER);
	}

	@Test
	void cancellingACancelledCaseChangesNothing() {
		ProvisioningCase provisioningCase = ProvisioningCase.open(placedFixture(), OPENED);
		provisioningCase.cancel("Customer withdrew", LATER);

		boolean changed = provisioningCase.cancel("Duplicate", LATER.plusSeconds(60));

		assertThat(changed).isFalse();
		assertThat(provisioningCase.getCancellationReason()).isEqualTo("Customer withdrew");
		assertThat(provisioningCase.getUpdatedAt()).isEqualTo(LATER);
	}

	@Test
	void changesTheDeploymentContact() {
		ProvisioningCase provisioningCase = ProvisioningCase.open(placedFixture(), OPENED);

		boolean changed = provisioningCase.changeDeploymentContact("it-lead@acme.example", LATER);

		assertThat(changed).isTrue();
		assertThat(provisioningCase.getDeploymentContactEmail()).isEqualTo("it-lead@acme.example");
		assertThat(provisioningCase.getUpdatedAt()).isEqualTo(LATER);
	}

	@Test
	void changingToTheSameContactChangesNothing() {
		ProvisioningCase provisioningCase = ProvisioningCase.open(placedFixture(), OPENED);

		boolean changed = provisioningCase.changeDeploymentContact("deploy@acme.example", LATER);

		assertThat(changed).isFalse();
		assertThat(provisioningCase.getUpdatedAt()).isEqualTo(OPENED);
	}

	@Test
	void refusesToChangeTheContactOfACancelledCase() {
		ProvisioningCase provisioningCase = ProvisioningCase.open(placedFixture(), OPENED);
		provisioningCase.cancel(null, LATER);

		assertThatIllegalStateException()
			.isThrownBy(() -> provisioningCase.changeDeploymentContact("it-lead@acme.example", LATER));
		assertThat(provisioningCase.getDeploymentContactEmail()).isEqualTo("deploy@acme.example");
		assertThat(provisioningCase.getStatus()).isEqualTo(CaseStatus.CANCELLED);
	}

	@Test
	void opensTheCaseOfAnOrderWithoutALocaleInEnglish() {
		OrderPlaced placed = placedFixture();
		OrderPlaced older = new OrderPlaced(placed.orderId(), placed.orderNumber(), placed.partner(),
				placed.customerName(), placed.items(), placed.requestedStartDate(), placed.timeZone(),
				placed.deploymentContactEmail(), placed.accountRepEmail(), null);

		assertThat(ProvisioningCase.open(older, OPENED).getLocale()).isEqualTo("en");
	}

	@Test
	void closesAnOpenCase() {
		ProvisioningCase provisioningCase = ProvisioningCase.open(placedFixture(), OPENED);

		assertThat(provisioningCase.close(LATER)).isTrue();
		assertThat(provisioningCase.getStatus()).isEqualTo(CaseStatus.CLOSED);
		assertThat(provisioningCase.isOpen()).isFalse();
		assertThat(provisioningCase.getUpdatedAt()).isEqualTo(LATER);
	}

	@Test
	void neitherClosesACancelledCaseNorCancelsAClosedOne() {
		ProvisioningCase cancelled = ProvisioningCase.open(placedFixture(), OPENED);
		cancelled.cancel("Customer withdrew", LATER);
		ProvisioningCase closed = ProvisioningCase.open(placedFixture(), OPENED);
		closed.close(LATER);

		assertThat(cancelled.close(LATER.plusSeconds(1))).isFalse();
		assertThat(closed.cancel("Too late", LATER.plusSeconds(1))).isFalse();
		assertThat(cancelled.getStatus()).isEqualTo(CaseStatus.CANCELLED);
		assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
		assertThat(closed.getCancellationReason()).isNull();
	}

	@Test
	void recordsTheStartOfTheSetupOnce() {
		ProvisioningCase provisioningCase = ProvisioningCase.open(placedFixture(), OPENED);

		assertThat(provisioningCase.recordSetupStart(LATER)).isTrue();
		assertThat(provisioningCase.recordSetupStart(LATER.plusSeconds(60))).isFalse();

		assertThat(provisioningCase.getStatus()).isEqualTo(CaseStatus.SETUP_STARTED);
		assertThat(provisioningCase.getSetupStartedAt()).isEqualTo(LATER);
		assertThat(provisioningCase.isOpen()).isTrue();
	}

	@Test
	void refusesToStartTheSetupOfACancelledCase() {
		ProvisioningCase provisioningCase = ProvisioningCase.open(placedFixture(), OPENED);
		provisioningCase.cancel(null, LATER);

		assertThatIllegalStateException().isThrownBy(() -> provisioningCase.recordSetupStart(LATER));
		assertThat(provisioningCase.getSetupStartedAt()).isNull();
	}

	@Test
	void movesTheRequestedStartDate() {
		ProvisioningCase provisioningCase = ProvisioningCase.open(placedFixture(), OPENED);

		assertThat(provisioningCase.changeRequestedStartDate(LocalDate.parse("2026-12-15"), LATER)).isTrue();
		assertThat(provisioningCase.changeRequestedStartDate(LocalDate.parse("2026-12-15"), LATER)).isFalse();

		assertThat(provisioningCase.getRequestedStartDate()).isEqualTo(LocalDate.parse("2026-12-15"));
		assertThat(provisioningCase.getUpdatedAt()).isEqualTo(LATER);
	}

	@Test
	void refusesToChangeTheContactOfAClosedCase() {
		ProvisioningCase provisioningCase = ProvisioningCase.open(placedFixture(), OPENED);
		provisioningCase.close(LATER);

		assertThatIllegalStateException()
			.isThrownBy(() -> provisioningCase.changeDeploymentContact("it-lead@acme.example", LATER))
			.withMessageContaining("closed");
	}

	private static OrderPlaced placedFixture() {
		return EventJson.read(EventFixtures.load("OrderPlaced", 1)).payloadAs(OrderPlaced.class);
	}

}
