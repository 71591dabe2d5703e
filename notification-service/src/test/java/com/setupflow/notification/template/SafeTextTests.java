package com.setupflow.notification.template;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SafeTextTests {

	@Test
	void keepsOrdinaryTextAsWritten() {
		assertThat(SafeText.line("Globex SA & Fils <Paris>", 200)).isEqualTo("Globex SA & Fils <Paris>");
	}

	@Test
	void foldsLineBreaksAndControlCharactersIntoOneLine() {
		assertThat(SafeText.line("Globex\r\nBcc: victim@example.com\tSA\u2028x", 200))
			.isEqualTo("Globex Bcc: victim@example.com SA x");
	}

	@Test
	void dropsInvisibleDirectionMarks() {
		assertThat(SafeText.line("evil\u202Ecod.exe", 200)).isEqualTo("evilcod.exe");
	}

	@Test
	void boundsTheLength() {
		assertThat(SafeText.line("a".repeat(300), 10)).isEqualTo("aaaaaaaaa…");
	}

	@Test
	void treatsBlankAsAbsent() {
		assertThat(SafeText.line(" \n ", 10)).isNull();
		assertThat(SafeText.line(null, 10)).isNull();
	}

}
