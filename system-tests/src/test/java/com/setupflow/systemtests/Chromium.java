package com.setupflow.systemtests;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.assertj.core.api.Assertions;

/**
 * Debian's Chromium driven by Playwright: Playwright cannot download its own browser on
 * our machines, so it is told not to try and is given the installed one.
 */
final class Chromium {

	private Chromium() {
	}

	/** Playwright, without its browser download. */
	static Playwright playwright() {
		return Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
	}

	/** A headless Chromium with the flags a container without a GPU or sandbox needs. */
	static Browser launch(Playwright playwright) {
		return playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(executable())
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update")));
	}

	/** {@code /usr/bin/chromium}, or {@code CHROMIUM_PATH}; fails clearly when absent. */
	static Path executable() {
		String configured = System.getProperty("CHROMIUM_PATH", System.getenv("CHROMIUM_PATH"));
		Path chromium = Paths.get((configured != null && !configured.isBlank()) ? configured : "/usr/bin/chromium");
		Assertions.assertThat(chromium).as("Chromium (apt-get install chromium, or set CHROMIUM_PATH)").isExecutable();
		return chromium;
	}

}
