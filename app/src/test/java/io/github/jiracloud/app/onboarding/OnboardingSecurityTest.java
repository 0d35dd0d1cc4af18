package io.github.jiracloud.app.onboarding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.jiracloud.app.EmbeddedEmulator;
import io.github.jiracloud.camel.auth.TokenStore;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connection pages as an attacker meets them: a login for everything under /jira/, no consent-state exhaustion,
 * no browser key chosen by the client, a site choice only from the consenting browser's own page, a Secure cookie
 * behind a TLS proxy, and a forged Host header that gets no code.
 */
@QuarkusTest
@TestProfile(OnboardingTestProfile.class)
class OnboardingSecurityTest {

    private static final HttpClient ANONYMOUS = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @TestHTTPResource("/")
    URI app;

    @Inject
    EmbeddedEmulator embedded;

    @Inject
    TokenStore tokens;

    @BeforeEach
    void register() {
        embedded.emulator().registerOAuthClient(OnboardingTest.CLIENT_ID, OnboardingTest.CLIENT_SECRET,
                app.resolve("/jira/callback").toString());
        List.of("alpha", "beta").forEach(tokens::delete);
    }

    @Test
    void everythingUnderJiraNeedsTheAdministratorsLogin() throws Exception {
        for (String path : List.of("/jira/connections", "/jira/connect/alpha", "/jira/callback?state=x&code=y",
                "/jira/onboarding.css", "/jira/failed-exchanges", "/jira/anything/added/later", "/jira")) {
            HttpResponse<String> anonymous = send(HttpRequest.newBuilder(app.resolve(path)).GET());
            HttpResponse<String> wrong = send(HttpRequest.newBuilder(app.resolve(path))
                    .header("Authorization", basic("admin", "a-guess")).GET());
            HttpResponse<String> sender = send(HttpRequest.newBuilder(app.resolve(path))
                    .header("Authorization", "Bearer test-alert-token-current").GET());

            assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElseThrow()).as(path)
                    .startsWithIgnoringCase("Basic");
            assertThat(wrong.statusCode()).as(path).isEqualTo(401);
            assertThat(sender.statusCode()).as("an alert sender's token is no login: " + path).isEqualTo(401);
        }
        HttpResponse<String> post = send(HttpRequest.newBuilder(app.resolve("/jira/connect/beta/site"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("choice=x&cloudId=y")));
        assertThat(post.statusCode()).isEqualTo(401);
        assertThat(new ConsentDriver(app).get("/jira/connections").statusCode()).isEqualTo(200);
    }

    @Test
    void aFloodOfConnectionAttemptsDoesNotLockOthersOut() {
        ConsentDriver flood = new ConsentDriver(app);
        for (int i = 0; i < ConsentStates.MAX_PENDING + 100; i++) {
            flood.startConnect("alpha");
        }

        ConsentDriver administrator = new ConsentDriver(app);
        HttpResponse<String> back = administrator.get(administrator.consent(administrator.startConnect("alpha")));

        assertThat(back.statusCode()).as(back.body()).isEqualTo(303);
        assertThat(tokens.load("alpha")).isPresent();
    }

    @Test
    void aBrowserKeyTheClientChoseIsReplacedByOneTheApplicationIssues() throws Exception {
        String chosen = "A".repeat(43);

        HttpResponse<String> connect = send(HttpRequest.newBuilder(app.resolve("/jira/connect/alpha"))
                .header("Authorization", ConsentDriver.ADMIN).header("Cookie", "jira-consent=" + chosen).GET());

        assertThat(connect.statusCode()).isEqualTo(302);
        String issued = cookie(connect, "jira-consent");
        assertThat(issued).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(chosen);
        // A consent finished with the chosen key (a victim lured into a link) is refused: the state is bound to ours.
        URI callback = new ConsentDriver(app).consent(ConsentDriver.location(connect));
        HttpResponse<String> fixated = send(HttpRequest.newBuilder(callback).header("Authorization",
                ConsentDriver.ADMIN).header("Cookie", "jira-consent=" + chosen).GET());
        assertThat(fixated.statusCode()).isEqualTo(400);
        assertThat(tokens.load("alpha")).isEmpty();
    }

    @Test
    void theSiteChoiceIsMadeOnlyOnTheOwnPageOfTheBrowserThatConsented() throws Exception {
        ConsentDriver administrator = new ConsentDriver(app);
        HttpResponse<String> choice = administrator.connect("beta");
        assertThat(choice.statusCode()).isEqualTo(200);
        String id = hiddenInput(choice.body(), "choice");
        String form = "choice=" + id + "&cloudId=" + embedded.emulator().cloudId();

        HttpResponse<String> foreignOrigin = send(HttpRequest.newBuilder(app.resolve("/jira/connect/beta/site"))
                .header("Authorization", ConsentDriver.ADMIN).header("Origin", "https://attacker.example")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        HttpResponse<String> noOrigin = send(HttpRequest.newBuilder(app.resolve("/jira/connect/beta/site"))
                .header("Authorization", ConsentDriver.ADMIN)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        HttpResponse<String> otherClient = send(HttpRequest.newBuilder(app.resolve("/jira/connect/beta/site"))
                .header("Authorization", ConsentDriver.ADMIN).header("Origin", ConsentDriver.origin(app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));

        assertThat(foreignOrigin.statusCode()).isEqualTo(403);
        assertThat(noOrigin.statusCode()).isEqualTo(403);
        assertThat(otherClient.statusCode()).isEqualTo(400);
        assertThat(tokens.load("beta")).isEmpty();
        assertThat(administrator.postForm("/jira/connect/beta/site", form).statusCode()).isEqualTo(303);
        assertThat(tokens.load("beta")).isPresent();
    }

    @Test
    void changingRequestsFromAnotherSiteAreRefusedEverywhereUnderJira() throws Exception {
        for (String path : List.of("/jira/connect/beta/site", "/jira/failed-exchanges/1/replay")) {
            HttpResponse<String> forged = send(HttpRequest.newBuilder(app.resolve(path))
                    .header("Authorization", ConsentDriver.ADMIN).header("Sec-Fetch-Site", "cross-site")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("choice=x")));

            assertThat(forged.statusCode()).as(path).isEqualTo(403);
            assertThat(forged.body()).contains("another site");
        }
    }

    @Test
    void behindATlsTerminatingProxyTheConsentCookieIsSecure() throws Exception {
        HttpResponse<String> connect = send(HttpRequest.newBuilder(app.resolve("/jira/connect/alpha"))
                .header("Authorization", ConsentDriver.ADMIN).header("X-Forwarded-Proto", "https").GET());

        assertThat(connect.statusCode()).isEqualTo(302);
        assertThat(connect.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("jira-consent=").containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly"));
    }

    @Test
    void aForgedHostHeaderGetsNoAuthorizationCode() throws Exception {
        // Where the public URL is unset (dev, tests) the callback comes from the Host header; Atlassian, and so the
        // emulator, sends codes only to the app's registered callback URL.
        String location = rawGet("/jira/connect/alpha", "attacker.example");
        assertThat(location).contains("redirect_uri=http%3A%2F%2Fattacker.example%2Fjira%2Fcallback");

        HttpResponse<String> authorize = send(HttpRequest.newBuilder(URI.create(location)).GET());

        assertThat(authorize.statusCode()).isEqualTo(400);
        assertThat(authorize.headers().firstValue("Location")).isEmpty();
        assertThat(authorize.body()).contains("redirect_uri").doesNotContain("code=");
    }

    /** A GET with a Host header of our choosing (HttpClient won't send one), returning the Location answered. */
    private String rawGet(String path, String host) throws IOException {
        try (Socket socket = new Socket(app.getHost(), app.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: " + ConsentDriver.ADMIN
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII));
            String status = in.readLine();
            assertThat(status).contains(" 302 ");
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                if (line.regionMatches(true, 0, "Location:", 0, 9)) {
                    return line.substring(9).strip();
                }
            }
            throw new AssertionError("no Location in the answer to " + path);
        }
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith(name + "="))
                .map(value -> value.substring(name.length() + 1).split(";", 2)[0]).findFirst().orElseThrow();
    }

    private static String hiddenInput(String page, String name) {
        Matcher input = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(page);
        assertThat(input.find()).as(page).isTrue();
        return input.group(1);
    }

    private static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return ANONYMOUS.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
