package com.setupflow.provisioning.portal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.setupflow.provisioning.input.InputRejected;
import com.setupflow.provisioning.input.Issues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SPF records customers really publish pass; broken ones name what is wrong. */
class SpfRulesTests {

	private static final String INCLUDE = "spf.m365.signatures.setupflow.example";

	@ParameterizedTest
	@ValueSource(strings = { "v=spf1 include:spf.m365.signatures.setupflow.example ~all",
			"V=SPF1 INCLUDE:SPF.M365.SIGNATURES.SETUPFLOW.EXAMPLE -ALL",
			"v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 a mx include:_spf.google.com include:spf.m365.signatures.setupflow.example ?all",
			"v=spf1 +include:spf.m365.signatures.setupflow.example a:mail.globex.example/28 mx:globex.example//64 redirect=_spf.globex.example",
			"v=spf1 exists:%{i}._spf.globex.example include:spf.m365.signatures.setupflow.example exp=explain.globex.example -all",
			"  v=spf1   include:spf.m365.signatures.setupflow.example   ~all  " })
	void acceptsWellFormedRecordsThatIncludeTheProduct(String record) {
		Issues issues = new Issues();

		String saved = SpfRules.check(issues, record, INCLUDE);

		assertThat(issues.isEmpty()).isTrue();
		assertThat(saved).isEqualTo(record.strip().replaceAll(" +", " "));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "v=spf2 include:spf.m365.signatures.setupflow.example ~all | spf-version",
					"include:spf.m365.signatures.setupflow.example ~all | spf-version",
					"v=spf1 include:spf.m365.signatures.setupflow.example ip4:256.0.0.1 ~all | spf-syntax",
					"v=spf1 include:spf.m365.signatures.setupflow.example ip4:192.0.2.1/33 ~all | spf-syntax",
					"v=spf1 include:spf.m365.signatures.setupflow.example !all | spf-syntax",
					"v=spf1 include: ~all | spf-syntax", "v=spf1 include:_spf.google.com ~all | spf-include",
					"v=spf1 include:spf.m365.signatures.setupflow.example.evil.example ~all | spf-include",
					"v=spf1 include:spf.m365.signatures.setupflow.example <script> ~all | spf-syntax",
					"v=spf1 include:spf.m365.signatures.setupflow.example é ~all | spf-syntax", " | required" })
	void refusesBrokenRecordsNamingTheRule(String record, String rule) {
		Issues issues = new Issues();

		assertThat(SpfRules.check(issues, record, INCLUDE)).isNull();

		assertThatThrownBy(issues::throwIfAny).isInstanceOfSatisfying(InputRejected.class,
				(rejected) -> assertThat(rejected.getIssues()).singleElement().satisfies((issue) -> {
					assertThat(issue.field()).isEqualTo("spfRecord");
					assertThat(issue.rule()).isEqualTo(rule);
				}));
	}

}
