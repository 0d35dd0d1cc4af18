package io.github.jiracloud.app.onboarding;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import io.github.jiracloud.app.EmbeddedEmulator;
import io.github.jiracloud.camel.auth.TokenStore;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The connect flow in a real browser: Debian's headless chromium clicks Connect on the status page, follows the
 * redirects through the emulator's consent screen and the callback, and lands on the status page showing the
 * connection connected. Leaves a screenshot at {@code app/target/onboarding-screenshot.png}. Skipped (and reported
 * as skipped) where chromium and chromedriver are not installed; CI fails then.
 */
@QuarkusTest
@TestProfile(OnboardingTestProfile.class)
class OnboardingBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOT = Path.of("target", "onboarding-screenshot.png");

    @TestHTTPResource("/jira/connections")
    URI statusPage;

    @Inject
    EmbeddedEmulator embedded;

    @Inject
    TokenStore tokens;

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        // Per test, not in @BeforeAll: a class-level assumption reports 0 tests and 0 skipped, hiding the skip.
        // .ci/run fails when this test did not run.
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "No " + CHROMIUM + " or " + CHROMEDRIVER + ": the browser test is skipped; install with: "
                        + "apt-get install chromium chromium-driver");
        embedded.emulator().registerOAuthClient(OnboardingTest.CLIENT_ID, OnboardingTest.CLIENT_SECRET,
                statusPage.resolve("/jira/callback").toString());
        tokens.delete("alpha");
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                // --no-sandbox: CI containers run as root, where chromium's sandbox cannot start
                .addArguments("--headless", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--window-size=1280,1000", "--lang=en-US");
        browser = new ChromeDriver(driver, options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void connectingInABrowserEndsOnTheStatusPageShowingTheConnectedSite() throws IOException {
        // The administrator logs in (basic): the browser then sends the login with every page under /jira/.
        browser.get(statusPage.toString().replace("://", "://admin:test-admin-password@"));
        assertThat(browser.findElement(By.id("connection-alpha")).getText()).contains("not connected");

        browser.findElement(By.cssSelector("#connection-alpha a.button")).click();

        waitForUrlContaining("/jira/connections?connected=alpha");
        String notice = browser.findElement(By.cssSelector(".notice.ok")).getText();
        String row = browser.findElement(By.id("connection-alpha")).getText();
        saveScreenshot();
        assertThat(notice)
                .isEqualTo("Connection alpha is connected to emulator (" + embedded.emulator().baseUrl() + ").");
        assertThat(row).contains("connected", "emulator", embedded.emulator().cloudId(), "Reconnect")
                .doesNotContain("not connected");
        assertThat(tokens.load("alpha")).isPresent();
        assertThat(browser.getPageSource()).doesNotContain(OnboardingTest.CLIENT_SECRET,
                tokens.load("alpha").orElseThrow().refreshToken());
    }

    /** Redirects take the browser through three origins' pages; wait for where it should land, generously. */
    private void waitForUrlContaining(String part) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(
                () -> assertThat(browser.getCurrentUrl()).as(browser.getPageSource()).contains(part));
    }

    private void saveScreenshot() throws IOException {
        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Files.createDirectories(SCREENSHOT.getParent());
        Files.copy(shot.toPath(), SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
    }
}
