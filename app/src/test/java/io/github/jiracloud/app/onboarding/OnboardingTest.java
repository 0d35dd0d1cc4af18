package io.github.jiracloud.app.onboarding;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.jiracloud.app.EmbeddedEmulator;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.auth.StoredToken;
import io.github.jiracloud.camel.auth.TokenStore;
import io.github.jiracloud.camel.error.JiraConsentRequiredException;
import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.SettableClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Connecting OAuth 2.0 connections through the consent flow, against the embedded emulator's authorization server,
 * with a plain HTTP client playing the browser: the happy paths and every way it can go wrong, each leaving nothing
 * stored. The connections alpha, beta and gamma are in application.properties (%test), delta in the test profile.
 */
@QuarkusTest
@TestProfile(OnboardingTestProfile.class)
class OnboardingTest {

    static final String CLIENT_ID = "onboarding-test-client";
    static final String CLIENT_SECRET = "S3CR3T-client-9b1c";
    private static final String NO_SITE_CLOUD_ID = "00000000-0000-0000-0000-000000000000";

    @TestHTTPResource("/")
    URI app;

    @Inject
    EmbeddedEmulator embedded;

    @Inject
    TokenStore tokens;

    @Inject
    SettableClock clock;

    @Inject
    ProducerTemplate camel;

    private JiraEmulator emulator;
    private ConsentDriver browser;

    @BeforeEach
    void start() {
        emulator = embedded.emulator();
        emulator.registerOAuthClient(CLIENT_ID, CLIENT_SECRET, app.resolve("/jira/callback").toString());
        browser = new ConsentDriver(app);
        List.of("alpha", "beta", "gamma").forEach(tokens::delete);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void connectAsksForConsentThenStoresTheRefreshTokenBoundToTheConfiguredSite() {
        // An access token cached by an earlier test must not serve this one: let every earlier one expire.
        clock.advance(Duration.ofHours(2));
        URI consentScreen = browser.startConnect("alpha");

        Map<String, String> asked = ConsentDriver.query(consentScreen);
        assertThat(consentScreen.toString()).startsWith(emulator.baseUrl() + "/authorize?");
        assertThat(asked).containsEntry("audience", "api.atlassian.com").containsEntry("client_id", CLIENT_ID)
                .containsEntry("scope", "read:jira-work write:jira-work read:jira-user manage:jira-webhook "
                        + "read:sprint:jira-software read:issue-details:jira read:jql:jira offline_access")
                .containsEntry("redirect_uri", app.resolve("/jira/callback").toString())
                .containsEntry("response_type", "code").containsEntry("prompt", "consent");
        assertThat(asked.get("state")).matches("[A-Za-z0-9_-]{43}");

        HttpResponse<String> back = browser.get(browser.consent(consentScreen));

        assertThat(back.statusCode()).isEqualTo(303);
        assertThat(back.headers().firstValue("Location")).hasValue("/jira/connections?connected=alpha");
        StoredToken stored = tokens.load("alpha").orElseThrow();
        assertThat(stored.cloudId()).isEqualTo(emulator.cloudId());
        assertThat(stored.scope()).contains("read:jira-work", "offline_access");
        assertThat(stored.obtainedAt()).isNotNull();

        Object issue = camel.requestBodyAndHeader("jira:issue/get?connection=alpha", null, JiraConstants.ISSUE_KEY,
                "OPS-1");

        assertThat(issue).asString().contains("OPS-1");
        assertThat(emulator.requests()).anyMatch(request -> request.path()
                .equals("/ex/jira/" + emulator.cloudId() + "/rest/api/3/issue/OPS-1") && request.status() == 200);
        String page = browser.get("/jira/connections?connected=alpha").body();
        assertThat(page).contains("Connection alpha is connected to emulator (" + emulator.baseUrl() + ")");
        assertThat(row(page, "alpha")).contains("connected", emulator.cloudId(), "Reconnect", "manage:jira-webhook")
                .doesNotContain("not connected");
        // both the access token's expiry (the call renewed it) and the last refresh
        assertThat(Pattern.compile("\\d{4}-\\d\\d-\\d\\d<div class=\"small\">\\d\\d:\\d\\d:\\d\\d UTC")
                .matcher(row(page, "alpha")).results().count()).isEqualTo(2);
        assertThat(page).doesNotContain(CLIENT_SECRET, tokens.load("alpha").orElseThrow().refreshToken());
    }

    @Test
    void aConsentCoveringSeveralSitesAsksWhichOneAndStoresNothingUntilChosen() {
        HttpResponse<String> choice = browser.connect("beta");

        assertThat(choice.statusCode()).isEqualTo(200);
        assertThat(choice.body()).contains("Choose a site for beta",
                emulator.siteUrl(OnboardingTestProfile.SECOND_SITE),
                emulator.baseUrl());
        assertThat(tokens.load("beta")).isEmpty();
        String choiceId = hiddenInput(choice.body(), "choice");
        String secondSite = emulator.cloudId(OnboardingTestProfile.SECOND_SITE);

        HttpResponse<String> chosen = browser.postForm("/jira/connect/beta/site", "choice=" + choiceId
                + "&cloudId=" + secondSite);

        assertThat(chosen.statusCode()).isEqualTo(303);
        assertThat(tokens.load("beta").orElseThrow().cloudId()).isEqualTo(secondSite);
        assertThat(browser.get("/jira/connections?connected=beta").body()).contains("Connection beta is connected to "
                + "second (" + emulator.siteUrl(OnboardingTestProfile.SECOND_SITE) + ")");
        camel.requestBodyAndHeader("jira:issue/get?connection=beta", null, JiraConstants.ISSUE_KEY, "OPS-1");
        assertThat(emulator.requests()).anyMatch(request -> request.path()
                .equals("/ex/jira/" + secondSite + "/rest/api/3/issue/OPS-1") && request.status() == 200);

        HttpResponse<String> again = browser.postForm("/jira/connect/beta/site", "choice=" + choiceId
                + "&cloudId=" + emulator.cloudId());
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("expired or was already made");
        assertThat(tokens.load("beta").orElseThrow().cloudId()).isEqualTo(secondSite);
    }

    @Test
    void aConnectionsAuthorizationUrlIsWhereItsConsentIsAsked() {
        URI consentScreen = browser.startConnect("delta");

        assertThat(consentScreen.toString()).startsWith(OnboardingTestProfile.DELTA_AUTHORIZATION_URL + "?");
        assertThat(ConsentDriver.query(consentScreen)).containsEntry("client_id", CLIENT_ID)
                .containsEntry("redirect_uri", app.resolve("/jira/callback").toString());
    }

    @Test
    void aConfiguredSiteTheConsentDoesNotCoverIsRefused() {
        HttpResponse<String> refused = browser.connect("gamma");

        assertFailed(refused, 400, "gamma", "is configured for cloud id " + NO_SITE_CLOUD_ID
                + ", but the consent gives access only to: emulator (" + emulator.baseUrl() + "), second (");
        assertThat(refused.body()).contains("camel.component.jira.connections[gamma].cloud-id");
    }

    @Test
    void aCallbackWithAStateThatWasNeverIssuedIsRefused() {
        browser.startConnect("alpha");

        HttpResponse<String> forged = browser.get("/jira/callback?code=anything&state=" + "x".repeat(43));

        assertFailed(forged, 400, "alpha", "state mismatch");
        assertThat(browser.get("/jira/callback?code=anything").statusCode()).isEqualTo(400);
    }

    @Test
    void aCallbackOpenedInAnotherBrowserIsRefused() {
        // Someone consents with their own Atlassian account and sends the callback link to an administrator.
        ConsentDriver someoneElse = new ConsentDriver(app);
        URI callback = someoneElse.consent(someoneElse.startConnect("alpha"));

        HttpResponse<String> elsewhere = browser.get(callback);

        assertFailed(elsewhere, 400, "alpha", "belongs to a connection started in another browser");
    }

    @Test
    void aCallbackReplayedAfterItConnectedIsRefusedAndChangesNothing() {
        URI callback = browser.consent(browser.startConnect("alpha"));
        assertThat(browser.get(callback).statusCode()).isEqualTo(303);
        StoredToken connected = tokens.load("alpha").orElseThrow();

        HttpResponse<String> replay = browser.get(callback);

        assertThat(replay.statusCode()).isEqualTo(400);
        assertThat(replay.body()).contains("state replay");
        assertThat(tokens.load("alpha")).contains(connected);
    }

    @Test
    void aConsentThatTookTooLongIsRefusedByItsState() {
        URI consentScreen = browser.startConnect("alpha");
        clock.advance(ConsentStates.LIFETIME.plusMinutes(1));

        HttpResponse<String> late = browser.get(browser.consent(consentScreen));

        assertFailed(late, 400, "alpha", "took longer than 15 minutes and expired");
    }

    @Test
    void anExpiredAuthorizationCodeIsRefused() {
        URI callback = browser.consent(browser.startConnect("alpha"));
        clock.advance(Duration.ofMinutes(11));

        HttpResponse<String> late = browser.get(callback);

        assertFailed(late, 400, "alpha", "The authorization code was refused: it expired");
    }

    @Test
    void aWrongClientSecretNamesTheSettingsToCheck() {
        // The secret was regenerated in the developer console, and the configuration still has the old one.
        emulator.registerOAuthClient(CLIENT_ID, "regenerated-in-the-console", app.resolve("/jira/callback").toString());

        HttpResponse<String> refused = browser.connect("alpha");

        assertFailed(refused, 502, "alpha", "Atlassian refused the app's credentials for connection 'alpha'");
        assertThat(refused.body()).contains("camel.component.jira.connections[alpha].client-secret");
    }

    @Test
    void aUserWhoDeclinesOnTheConsentScreenIsToldSoAndNothingIsStored() {
        String state = ConsentDriver.query(browser.startConnect("alpha")).get("state");

        // What Atlassian sends back when the user clicks Cancel on the consent screen.
        HttpResponse<String> declined = browser.get("/jira/callback?error=access_denied&error_description="
                + URLEncoder.encode("User did not authorize the request", StandardCharsets.UTF_8) + "&state=" + state);

        assertFailed(declined, 400, "alpha", "Access was not granted on Atlassian's consent screen");
    }

    @Test
    void aRevokedRefreshTokenShowsConsentAgainUntilReconnected() {
        assertThat(browser.connect("alpha").statusCode()).isEqualTo(303);
        emulator.revokeRefreshTokens(CLIENT_ID);
        clock.advance(Duration.ofHours(2));

        assertThatThrownBy(() -> camel.requestBodyAndHeader("jira:issue/get?connection=alpha", null,
                JiraConstants.ISSUE_KEY, "OPS-1"))
                .isInstanceOf(CamelExecutionException.class).hasCauseInstanceOf(JiraConsentRequiredException.class);
        assertThat(row(browser.get("/jira/connections").body(), "alpha")).contains("consent again", "Reconnect");

        assertThat(browser.connect("alpha").statusCode()).isEqualTo(303);
        assertThat(row(browser.get("/jira/connections").body(), "alpha")).doesNotContain("consent again")
                .contains("connected");
    }

    @Test
    void theStatusPageListsEveryConnectionAndOnlyOAuthOnesConnect() {
        HttpResponse<String> page = browser.get("/jira/connections");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'none'");
        assertThat(row(page.body(), "default")).contains("basic: e-mail and API token", emulator.baseUrl())
                .doesNotContain("Connect");
        assertThat(row(page.body(), "beta")).contains("not connected", "Connect");
        assertThat(page.body()).doesNotContain(CLIENT_SECRET, JiraEmulator.DEMO_API_TOKEN);

        assertFailed(browser.get("/jira/connect/default"), 400, "default", "only auth=oauth2 connections");
        assertFailed(browser.get("/jira/connect/nope"), 404, "nope", "There is no connection named 'nope'");
    }

    /** The page says what went wrong, and nothing was stored for the connection. */
    private void assertFailed(HttpResponse<String> response, int status, String connection, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).contains("Connecting failed", "Nothing was saved");
        assertThat(unescaped(response.body())).contains(message);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(tokens.load(connection)).isEmpty();
    }

    /** The status page's table row of one connection. */
    private static String row(String page, String connection) {
        Matcher row = Pattern.compile("<tr id=\"connection-" + connection + "\">.*?</tr>", Pattern.DOTALL)
                .matcher(page);
        assertThat(row.find()).as("a row for " + connection + " in " + page).isTrue();
        return row.group();
    }

    private static String hiddenInput(String page, String name) {
        Matcher input = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(page);
        assertThat(input.find()).as(page).isTrue();
        return input.group(1);
    }

    private static String unescaped(String html) {
        return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
