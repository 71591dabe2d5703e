package com.setupflow.order.dashboard;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import com.setupflow.order.support.OrderServiceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Account rep accounts: stored with an Argon2id hash only, created once at start from
 * configuration and kept afterwards.
 */
class AccountRepsTests extends OrderServiceTest {

	@Autowired
	private AccountReps reps;

	@Test
	void storesOnlyAnArgon2idHashOfThePassword() {
		this.reps.registerIfAbsent("Hashed.Rep@Vendor.Example", "Hashed Rep", "a long enough secret");

		String hash = passwordHashOf("hashed.rep@vendor.example");
		assertThat(hash).startsWith("{argon2@SpringSecurity_v5_8}$argon2id$").doesNotContain("a long enough secret");
		assertThat(this.jdbc.sql("select count(*) from account_rep where display_name = 'Hashed Rep'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void refusesPasswordsShorterThanTwelveCharacters() {
		assertThatThrownBy(() -> this.reps.registerIfAbsent("short@vendor.example", "Short", "elevenchars"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("12");
		assertThat(this.reps.find("short@vendor.example")).isEmpty();
	}

	@Test
	void bootstrapsTheConfiguredRepOnceAndKeepsItAfterwards() {
		RepSettings first = new RepSettings("Boot.Rep@Vendor.Example", "first bootstrap password");
		RepSettings second = new RepSettings("boot.rep@vendor.example", "another password entirely");

		new BootstrapAccountRep(this.reps, first).run(new DefaultApplicationArguments());
		String hash = passwordHashOf("boot.rep@vendor.example");
		new BootstrapAccountRep(this.reps, second).run(new DefaultApplicationArguments());

		assertThat(passwordHashOf("boot.rep@vendor.example")).isEqualTo(hash);
		assertThat(this.reps.find("BOOT.REP@vendor.example"))
			.hasValueSatisfying((rep) -> assertThat(rep.displayName()).isEqualTo("boot.rep"));
		assertThat(first.toString()).doesNotContain("first bootstrap password");
	}

	@Test
	void bootstrapsNobodyWhenNotConfiguredAndRefusesAnEmailWithoutPassword() {
		long before = this.jdbc.sql("select count(*) from account_rep").query(Long.class).single();

		new BootstrapAccountRep(this.reps, new RepSettings("", "")).run(new DefaultApplicationArguments());

		assertThat(this.jdbc.sql("select count(*) from account_rep").query(Long.class).single()).isEqualTo(before);
		assertThatThrownBy(() -> new BootstrapAccountRep(this.reps, new RepSettings("x@vendor.example", ""))
			.run(new DefaultApplicationArguments())).isInstanceOf(IllegalStateException.class);
	}

	private String passwordHashOf(String email) {
		return this.jdbc.sql("select password_hash from account_rep where email = ?")
			.param(email)
			.query(String.class)
			.single();
	}

}
