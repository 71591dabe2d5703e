package com.setupflow.provisioning.portal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.setupflow.provisioning.ProvisioningServiceInstance;
import com.setupflow.provisioning.org.Org;
import com.setupflow.provisioning.org.OrgDetails;
import com.setupflow.provisioning.org.OrgUser;
import com.setupflow.provisioning.org.OrgUserRole;
import com.setupflow.provisioning.org.OrgUsers;
import com.setupflow.provisioning.org.Orgs;
import com.setupflow.provisioning.security.OrgUserDetails;
import com.setupflow.testsupport.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Trial timers survive restarts and fire once with several instances: whole provisioning
 * services started and stopped on one database, with a clock the test moves.
 */
class TrialsAcrossRestartsTests {

	private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private final MutableClock clock = new MutableClock(NOW);

	@Test
	void aReminderAndAnExpiryDueWhileTheServiceWasDownFireOnceEachAfterRestarts() {
		String database = "provisioning_trial_restarts";
		UUID id;
		try (ProvisioningServiceInstance before = ProvisioningServiceInstance.start(database, this.clock)) {
			id = addTrial(before, partnerAdmin(before));
		}
		// The reminder falls due while no instance runs.
		this.clock.set(NOW.plus(Duration.ofDays(12)));
		try (ProvisioningServiceInstance after = ProvisioningServiceInstance.start(database, this.clock)) {
			await().atMost(PATIENCE).until(() -> events(database, id, "TrialEndingSoon") == 1);
		}
		// So does the end.
		this.clock.set(NOW.plus(Duration.ofDays(15)));
		try (ProvisioningServiceInstance again = ProvisioningServiceInstance.start(database, this.clock)) {
			await().atMost(PATIENCE).until(() -> events(database, id, "TrialExpired") == 1);
			again.bean(TrialTimers.class).expireDue();
			again.bean(TrialTimers.class).remindDue();
		}
		try (ProvisioningServiceInstance last = ProvisioningServiceInstance.start(database, this.clock)) {
			last.bean(TrialTimers.class).expireDue();
			last.bean(TrialTimers.class).remindDue();
		}

		assertThat(events(database, id, "TrialEndingSoon")).isEqualTo(1);
		assertThat(events(database, id, "TrialExpired")).isEqualTo(1);
		assertThat(ProvisioningServiceInstance.jdbc(database)
			.sql("select status from subscription where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("EXPIRED");
	}

	@Test
	void twoInstancesSweepingOneDatabaseExpireEachTrialOnce() {
		String database = "provisioning_trial_twins";
		try (ProvisioningServiceInstance first = ProvisioningServiceInstance.start(database, this.clock);
				ProvisioningServiceInstance second = ProvisioningServiceInstance.start(database, this.clock)) {
			OrgUserDetails admin = partnerAdmin(first);
			List<UUID> ids = new ArrayList<>();
			for (int i = 0; i < 150; i++) {
				ids.add(addTrial(((i % 2) == 0) ? first : second, admin));
			}

			this.clock.set(NOW.plus(Duration.ofDays(15)));
			await().atMost(PATIENCE).until(() -> expired(database, ids) == ids.size());

			JdbcClient jdbc = ProvisioningServiceInstance.jdbc(database);
			assertThat(jdbc
				.sql("select message_key from outbox_event where event_type = 'TrialExpired'"
						+ " group by message_key having count(*) > 1")
				.query(String.class)
				.list()).as("trials expired twice").isEmpty();
			assertThat(jdbc.sql("select count(*) from outbox_event where event_type = 'TrialExpired'")
				.query(Long.class)
				.single()).isEqualTo(ids.size());
			// They ended before anyone was reminded: an expiry notice, not a late
			// reminder.
			assertThat(jdbc.sql("select count(*) from outbox_event where event_type = 'TrialEndingSoon'")
				.query(Long.class)
				.single()).isZero();
		}
	}

	/** A partner org and its admin, in the instance's database. */
	private OrgUserDetails partnerAdmin(ProvisioningServiceInstance instance) {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		Org org = instance.bean(Orgs.class)
			.save(Org.newPartner("P-" + unique,
					new OrgDetails("Acme Networks", "FR", "1 rue de la Paix", "Paris", "75002"), NOW));
		OrgUser admin = instance.bean(OrgUsers.class)
			.save(OrgUser.invite(org.getId(), "admin-" + unique + "@acme.example", OrgUserRole.PARTNER_ADMIN, NOW));
		return new OrgUserDetails(admin.getId(), org.getId(), admin.getEmail(), OrgUserRole.PARTNER_ADMIN, null);
	}

	private UUID addTrial(ProvisioningServiceInstance instance, OrgUserDetails admin) {
		return instance.bean(NewSubscriptions.class)
			.create(admin, new NewSubscription("SIG-M365", "Customer " + UUID.randomUUID(), "10", false, null, null),
					Locale.ENGLISH);
	}

	private static long events(String database, UUID id, String type) {
		return ProvisioningServiceInstance.jdbc(database)
			.sql("select count(*) from outbox_event where message_key = ? and event_type = ?")
			.params(id.toString(), type)
			.query(Long.class)
			.single();
	}

	private static long expired(String database, List<UUID> ids) {
		return ProvisioningServiceInstance.jdbc(database)
			.sql("select count(*) from subscription where status = 'EXPIRED' and id = any(?)")
			.param(ids.toArray(UUID[]::new))
			.query(Long.class)
			.single();
	}

}
