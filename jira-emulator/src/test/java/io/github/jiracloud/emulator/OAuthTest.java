package io.github.jiracloud.emulator;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.jiracloud.emulator.support.JiraClient;
import io.github.jiracloud.emulator.support.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OAuthTest {

    private static final String REDIRECT = "http://localhost:9999/callback";
    private static final String SCOPES = "read:jira-work write:jira-work read:jira-user offline_access";

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-28T10:00:00Z"));
    private JiraEmulator jira;
    private JiraClient auth;

    @BeforeEach
    void start() {
        jira = JiraEmulator.builder().clock(clock).seedDemoData(false).demoCallbackUrl(REDIRECT)
                .accessTokenLifetime(Duration.ofHours(1))
                .refreshTokenReuseLeeway(Duration.ofMinutes(10))
                .build().start();
        auth = JiraClient.anonymous(jira.baseUrl());
    }

    @AfterEach
    void stop() {
        jira.close();
    }

    /** The classic scopes an app that reads and writes issues and registers webhooks asks for. */
    static final String APP_SCOPES = "read:jira-work write:jira-work read:jira-user manage:jira-webhook";

    /** An access token for the OAuth gateway, the quick way, with {@link #APP_SCOPES}. */
    static String clientCredentialsToken(JiraEmulator emulator) {
        return clientCredentialsToken(emulator, APP_SCOPES);
    }

    static String clientCredentialsToken(JiraEmulator emulator, String scopes) {
        Reply reply = JiraClient.anonymous(emulator.baseUrl()).post("/oauth/token", Map.of(
                "grant_type", "client_credentials",
                "client_id", JiraEmulator.DEMO_CLIENT_ID,
                "client_secret", JiraEmulator.DEMO_CLIENT_SECRET,
                "scope", scopes));
        assertThat(reply.status()).isEqualTo(200);
        return (String) reply.json().get("access_token");
    }

    @Test
    void authorizationCodeFlowGivesTokensThatWorkOnTheGateway() throws Exception {
        String code = authorize("xyz-state");

        Reply tokens = exchange(code);

        assertThat(tokens.status()).isEqualTo(200);
        assertThat(tokens.json()).containsEntry("token_type", "Bearer").containsEntry("expires_in", 3600)
                .containsEntry("scope", SCOPES).containsKeys("access_token", "refresh_token");
        Reply me = JiraClient.bearer(jira, (String) tokens.json().get("access_token")).get("/rest/api/3/myself");
        assertThat(me.json()).containsEntry("emailAddress", JiraEmulator.DEMO_EMAIL);
    }

    @Test
    void codesAreSingleUseAndShortLived() throws Exception {
        String code = authorize("s");
        assertThat(exchange(code).status()).isEqualTo(200);
        assertThat(exchange(code).json()).containsEntry("error", "invalid_grant");

        String late = authorize("s");
        clock.advance(Duration.ofMinutes(11));
        Reply expired = exchange(late);
        assertThat(expired.status()).isEqualTo(403);
        assertThat(expired.json()).containsEntry("error", "invalid_grant");
    }

    @Test
    void redirectUriMustMatchAndSecretMustBeRight() throws Exception {
        String code = authorize("s");
        Reply wrongSecret = auth.post("/oauth/token", Map.of("grant_type", "authorization_code",
                "client_id", JiraEmulator.DEMO_CLIENT_ID, "client_secret", "wrong", "code", code,
                "redirect_uri", REDIRECT));
        Reply wrongRedirect = auth.post("/oauth/token", Map.of("grant_type", "authorization_code",
                "client_id", JiraEmulator.DEMO_CLIENT_ID, "client_secret", JiraEmulator.DEMO_CLIENT_SECRET,
                "code", code, "redirect_uri", "http://elsewhere/cb"));

        assertThat(wrongSecret.status()).isEqualTo(401);
        assertThat(wrongSecret.json()).containsEntry("error", "access_denied").containsEntry("error_description",
                "Unauthorized");
        assertThat(wrongRedirect.status()).isEqualTo(403);
        assertThat(wrongRedirect.json()).containsEntry("error", "invalid_grant");
    }

    @Test
    void authorizeRejectsBadRequestsTheWayAtlassianDoes() throws Exception {
        HttpResponse<String> unknownClient = authorizeRaw("nobody", "code", "s");
        HttpResponse<String> wrongResponseType = authorizeRaw(JiraEmulator.DEMO_CLIENT_ID, "token", "s");

        assertThat(unknownClient.statusCode()).isEqualTo(400);
        assertThat(wrongResponseType.statusCode()).isEqualTo(302);
        assertThat(wrongResponseType.headers().firstValue("location").orElseThrow())
                .startsWith(REDIRECT + "?error=unsupported_response_type").contains("state=s");
    }

    @Test
    void authorizeSendsCodesOnlyToTheCallbackUrlRegisteredForTheApp() throws Exception {
        // Atlassian: the redirect_uri must match the app's callback URL; anything else never receives a code.
        HttpResponse<String> elsewhere = authorizeRaw(JiraEmulator.DEMO_CLIENT_ID, "code", "s", SCOPES,
                "http://attacker.example/jira/callback");
        HttpResponse<String> sameHostOtherPath = authorizeRaw(JiraEmulator.DEMO_CLIENT_ID, "code", "s", SCOPES,
                REDIRECT + "/../elsewhere");

        for (HttpResponse<String> refused : java.util.List.of(elsewhere, sameHostOtherPath)) {
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.headers().firstValue("location")).isEmpty();
            assertThat(refused.body()).contains("redirect_uri").doesNotContain("code=");
        }
        assertThat(authorize("s")).isNotBlank();
    }

    @Test
    void promptMustAskForTheConsentScreen() throws Exception {
        String url = jira.baseUrl() + "/authorize?audience=api.atlassian.com&client_id=" + JiraEmulator.DEMO_CLIENT_ID
                + "&scope=read%3Ajira-work&redirect_uri=" + URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8)
                + "&state=s&response_type=code&prompt=none";
        HttpResponse<String> promptNone = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(query(promptNone.headers().firstValue("location").orElseThrow()))
                .containsEntry("error", "invalid_request")
                .containsEntry("error_description", "prompt must be 'consent'")
                .containsEntry("state", "s").doesNotContainKey("code");
    }

    @Test
    void withoutOfflineAccessThereIsNoRefreshToken() throws Exception {
        HttpResponse<String> redirect = authorizeRaw(JiraEmulator.DEMO_CLIENT_ID, "code", "s", "read:jira-work");
        String code = query(redirect.headers().firstValue("location").orElseThrow()).get("code");

        assertThat(exchange(code).json()).containsKey("access_token").doesNotContainKey("refresh_token");
    }

    @Test
    void refreshRotatesTheRefreshToken() {
        String first = jira.issueRefreshToken(JiraEmulator.DEMO_CLIENT_ID, SCOPES);

        Reply refreshed = refresh(first);
        String second = (String) refreshed.json().get("refresh_token");

        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(second).isNotBlank().isNotEqualTo(first);
        assertThat(refresh(second).status()).isEqualTo(200);
    }

    @Test
    void theRotatedTokenStillWorksWithinTheLeeway() {
        String first = jira.issueRefreshToken(JiraEmulator.DEMO_CLIENT_ID, SCOPES);
        String second = (String) refresh(first).json().get("refresh_token");

        clock.advance(Duration.ofMinutes(5));
        Reply replay = refresh(first);

        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json().get("refresh_token")).isNotIn(first, second);
        assertThat(refresh(second).status()).isEqualTo(200);
    }

    @Test
    void reuseOutsideTheLeewayRevokesTheWholeFamily() {
        String first = jira.issueRefreshToken(JiraEmulator.DEMO_CLIENT_ID, SCOPES);
        String second = (String) refresh(first).json().get("refresh_token");

        clock.advance(Duration.ofMinutes(11));
        Reply replay = refresh(first);

        assertThat(replay.status()).isEqualTo(403);
        assertThat(replay.json()).containsEntry("error", "invalid_grant")
                .containsEntry("error_description", "Unknown or invalid refresh token.");
        assertThat(refresh(second).status()).as("the family is revoked").isEqualTo(403);
    }

    @Test
    void revokedClientsCannotRefresh() {
        String token = jira.issueRefreshToken(JiraEmulator.DEMO_CLIENT_ID, SCOPES);
        jira.revokeRefreshTokens(JiraEmulator.DEMO_CLIENT_ID);

        assertThat(refresh(token).status()).isEqualTo(403);
    }

    @Test
    void accessTokensExpire() {
        String access = (String) refresh(jira.issueRefreshToken(JiraEmulator.DEMO_CLIENT_ID, SCOPES))
                .json().get("access_token");
        JiraClient client = JiraClient.bearer(jira, access);
        assertThat(client.get("/rest/api/3/myself").status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(61));

        assertThat(client.get("/rest/api/3/myself").status()).isEqualTo(401);
    }

    @Test
    void clientCredentialsGiveOneHourTokensWithoutRefresh() {
        Reply reply = auth.postForm("/oauth/token", "grant_type=client_credentials&client_id="
                + JiraEmulator.DEMO_CLIENT_ID + "&client_secret=" + JiraEmulator.DEMO_CLIENT_SECRET
                + "&scope=read%3Ajira-user");

        assertThat(reply.json()).containsEntry("expires_in", 3600).containsEntry("token_type", "Bearer")
                .doesNotContainKey("refresh_token");
        Reply me = JiraClient.bearer(jira, (String) reply.json().get("access_token")).get("/rest/api/3/myself");
        assertThat(me.json()).containsEntry("accountType", "app");
    }

    @Test
    void registeredClientsWork() {
        jira.registerOAuthClient("my-app", "my-secret");

        Reply reply = auth.post("/oauth/token", Map.of("grant_type", "client_credentials",
                "client_id", "my-app", "client_secret", "my-secret"));

        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void accessibleResourcesListTheSite() {
        String access = clientCredentialsToken(jira);

        Reply resources = JiraClient.withAuthorization(jira.baseUrl(), "Bearer " + access)
                .get("/oauth/token/accessible-resources");
        Reply anonymous = auth.get("/oauth/token/accessible-resources");

        @SuppressWarnings("unchecked")
        Map<String, Object> site = (Map<String, Object>) resources.jsonArray().get(0);
        assertThat(site).containsEntry("id", jira.cloudId()).containsEntry("url", jira.baseUrl())
                .containsEntry("name", jira.siteName()).containsKeys("scopes", "avatarUrl");
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    void tenantInfoNamesTheCloudId() {
        assertThat(auth.get("/_edge/tenant_info").json()).containsEntry("cloudId", jira.cloudId());
        assertThat(jira.cloudId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    @Test
    void unsupportedGrantTypesAreRefused() {
        Reply reply = auth.post("/oauth/token", Map.of("grant_type", "password", "client_id", "x"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json()).containsEntry("error", "unsupported_grant_type");
    }

    private Reply refresh(String refreshToken) {
        return auth.post("/oauth/token", Map.of("grant_type", "refresh_token",
                "client_id", JiraEmulator.DEMO_CLIENT_ID, "client_secret", JiraEmulator.DEMO_CLIENT_SECRET,
                "refresh_token", refreshToken));
    }

    private Reply exchange(String code) {
        return auth.post("/oauth/token", Map.of("grant_type", "authorization_code",
                "client_id", JiraEmulator.DEMO_CLIENT_ID, "client_secret", JiraEmulator.DEMO_CLIENT_SECRET,
                "code", code, "redirect_uri", REDIRECT));
    }

    private String authorize(String state) throws Exception {
        HttpResponse<String> redirect = authorizeRaw(JiraEmulator.DEMO_CLIENT_ID, "code", state);
        assertThat(redirect.statusCode()).isEqualTo(302);
        Map<String, String> parameters = query(redirect.headers().firstValue("location").orElseThrow());
        assertThat(parameters).containsEntry("state", state);
        return parameters.get("code");
    }

    private HttpResponse<String> authorizeRaw(String clientId, String responseType, String state) throws Exception {
        return authorizeRaw(clientId, responseType, state, SCOPES);
    }

    private HttpResponse<String> authorizeRaw(String clientId, String responseType, String state, String scopes)
            throws Exception {
        return authorizeRaw(clientId, responseType, state, scopes, REDIRECT);
    }

    private HttpResponse<String> authorizeRaw(String clientId, String responseType, String state, String scopes,
            String redirectUri) throws Exception {
        String url = jira.baseUrl() + "/authorize?audience=api.atlassian.com&client_id=" + clientId
                + "&scope=" + URLEncoder.encode(scopes, StandardCharsets.UTF_8)
                + "&redirect_uri=" + URLEncoder.encode(redirectUri, StandardCharsets.UTF_8)
                + "&state=" + state + "&response_type=" + responseType + "&prompt=consent";
        HttpClient noRedirects = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        return noRedirects.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> query(String location) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : URI.create(location).getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
