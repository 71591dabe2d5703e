package com.setupflow.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * The whole system (the local stack's jar) and a headless Chromium for one browser test
 * class: both start before its first test and stop after its last; each test opens its
 * own browser window, which is closed after it. A failure carries what the browser showed
 * and what the stack's services said, as that is what explains it.
 *
 * <p>
 * Register it in a static field, so that the stack starts once for the class:
 * {@code @RegisterExtension static final BrowserStack system = new BrowserStack(WORK);}.
 * The class's own {@code @BeforeAll} methods run after the stack is up, its
 * {@code @AfterAll} methods before it stops.
 *
 * <p>
 * No {@code @Timeout} here, as JUnit's does not reach an extension's callbacks; the slow
 * steps are bounded on their own: waiting for the stack by {@link StackRun#STARTUP},
 * stopping it by {@link StackRun#SHUTDOWN}, launching Chromium by Playwright's 30 s.
 */
final class BrowserStack implements BeforeAllCallback, AfterAllCallback, AfterEachCallback,
		TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

	/** How long an expectation on the page waits for it to come true. */
	private static final int ASSERTION_TIMEOUT_MILLIS = 10_000;

	/** How long an action (click, fill, navigate) waits for its element or page. */
	private static final double ACTION_TIMEOUT_MILLIS = 15_000;

	private final Path work;

	private StackRun stack;

	private Ports ports;

	private PrintedOrder printed;

	private Playwright playwright;

	private Browser browser;

	/*
	 * The running test's window: a class's tests run one after the other, so one field is
	 * enough.
	 */
	private BrowserContext window;

	private Page page;

	/**
	 * @param work the test class's own directory: the stack's data, its output and the
	 * screenshots of failures go there
	 */
	BrowserStack(Path work) {
		this.work = work;
	}

	/** The ports the stack listens on. */
	Ports ports() {
		return this.ports;
	}

	/** The first order the stack's banner printed, ready to place. */
	PrintedOrder printed() {
		return this.printed;
	}

	/** The stack's data directory, where its services write their logs. */
	Path dataDir() {
		return this.work.resolve("data");
	}

	/**
	 * A fresh browser window, with no cookies of an earlier test, whose browser speaks
	 * {@code locale} (e.g. {@code en-US}); it is closed after the test.
	 */
	Page openPage(String locale) {
		this.window = this.browser.newContext(new Browser.NewContextOptions().setLocale(locale));
		this.window.setDefaultTimeout(ACTION_TIMEOUT_MILLIS);
		this.page = this.window.newPage();
		return this.page;
	}

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		StackRun.assertJarsBuilt();
		// Before anything starts: a missing browser is the likeliest set-up fault.
		Chromium.executable();
		this.ports = Ports.free();
		this.stack = StackRun.start(StackRun.emptyDirectory(dataDir()), this.ports, this.work.resolve("stack.out"));
		// The browser starts while the stack does.
		this.playwright = Chromium.playwright();
		this.browser = Chromium.launch(this.playwright);
		PlaywrightAssertions.setDefaultAssertionTimeout(ASSERTION_TIMEOUT_MILLIS);
		try {
			this.printed = this.stack.awaitBanner();
		}
		catch (RuntimeException | AssertionError ex) {
			ex.addSuppressed(this.stack.diagnosis());
			throw ex;
		}
	}

	/**
	 * The test class's own set-up (a Kafka consumer, say) may fail for the stack's sake.
	 */
	@Override
	public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
		if (this.stack != null) {
			failure.addSuppressed(this.stack.diagnosis());
		}
		throw failure;
	}

	@Override
	public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
		if (this.page != null) {
			failure.addSuppressed(whatTheBrowserShowed(context.getRequiredTestMethod().getName()));
		}
		if (this.stack != null) {
			failure.addSuppressed(this.stack.diagnosis());
		}
		throw failure;
	}

	@Override
	public void afterEach(ExtensionContext context) {
		if (this.window != null) {
			this.window.close();
		}
		// The next test's failure must not show this test's page.
		this.window = null;
		this.page = null;
	}

	@Override
	public void afterAll(ExtensionContext context) throws InterruptedException {
		try {
			if (this.playwright != null) {
				this.playwright.close(); // closes the browser too
			}
			if (this.stack != null) {
				this.stack.stop();
			}
		}
		finally {
			if (this.stack != null) {
				this.stack.forceStop();
			}
		}
	}

	/** Attached to a failure: where the browser was, what it showed, a screenshot. */
	private AssertionError whatTheBrowserShowed(String test) {
		try {
			Path screenshot = Files.createDirectories(this.work.resolve("screenshots")).resolve(test + ".png");
			this.page.screenshot(new Page.ScreenshotOptions().setPath(screenshot).setFullPage(true));
			String text = this.page.locator("body").innerText();
			return new AssertionError("The browser was at " + this.page.url() + " (screenshot: " + screenshot
					+ ") showing:\n" + text.substring(0, Math.min(text.length(), 3000)));
		}
		catch (RuntimeException | IOException ex) {
			return new AssertionError("The browser could not be inspected: " + ex);
		}
	}

}
