package org.clearinghouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Supplier;

import org.clearinghouse.ClearinghouseTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages in a real browser: Debian's Chromium, headless, driven through its
 * ChromeDriver ({@code apt-get install chromium chromium-driver}; {@code .ci/run} does
 * it). One browser per test class, with a fresh profile; each test starts signed out.
 * Screenshots go to {@code target/screenshots/}.
 */
@ClearinghouseTest
abstract class BrowserTest {

	static final String CHROMIUM = "/usr/bin/chromium";

	static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static WebDriver browser;

	private static Path profile;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		assertThat(new File(CHROMIUM)).as("Chromium (apt-get install chromium chromium-driver)").exists();
		assertThat(new File(CHROMEDRIVER)).as("ChromeDriver (apt-get install chromium-driver)").exists();
		profile = Files.createTempDirectory("clearinghouse-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
				"--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,1600", "--lang=en");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (browser != null) {
			browser.quit();
			browser = null;
		}
		if (profile != null) {
			try (var files = Files.walk(profile)) {
				files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
	}

	/** Every test starts signed out, in the default language. */
	@BeforeEach
	void signedOut() {
		browser.get(url("/login"));
		browser.manage().deleteAllCookies();
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	void open(String path) {
		browser.get(url(path));
	}

	void signIn(String username) {
		open("/login");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys("demo");
		clickAndLoad("sign-in");
		assertThat(present("logout")).as("signed in as " + username).isTrue();
	}

	/** Clicks a button or link that loads another page, and waits until it has. */
	void clickAndLoad(String id) {
		WebElement page = browser.findElement(By.tagName("html"));
		find(id).click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(page));
	}

	WebElement find(String id) {
		return browser.findElement(By.id(id));
	}

	String text(String id) {
		return find(id).getText();
	}

	boolean present(String id) {
		return !browser.findElements(By.id(id)).isEmpty();
	}

	void waitUntil(Supplier<Boolean> condition) {
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> condition.get());
	}

	/**
	 * Reloads the page until it shows what a projection has not caught up with yet.
	 */
	void reloadUntil(Supplier<Boolean> condition) {
		new WebDriverWait(browser, Duration.ofSeconds(20), Duration.ofMillis(500)).until(driver -> {
			if (condition.get()) {
				return true;
			}
			driver.navigate().refresh();
			return false;
		});
	}

	void screenshot(String name) {
		File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
		try {
			Files.copy(shot.toPath(), SCREENSHOTS.resolve(getClass().getSimpleName() + "-" + name + ".png"),
					StandardCopyOption.REPLACE_EXISTING);
			Files.writeString(SCREENSHOTS.resolve(getClass().getSimpleName() + "-" + name + ".html"),
					browser.getPageSource());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
