package io.github.jiracloud.app.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The /jira/ pages with jira.admin.login=code: a caller without a session is sent to the identity provider's sign-in
 * (OpenID Connect authorization code flow, quarkus-oidc), the administrator's basic login is not taken instead, and
 * /alerts keeps its own 401. The identity provider is a stand-in that serves the key set the OIDC tenant loads.
 */
@QuarkusTest
@TestProfile(OidcLoginTest.Profile.class)
class OidcLoginTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @TestHTTPResource("/")
    URI app;

    @Test
    void thePagesSendTheCallerToTheIdentityProvidersSignIn() throws Exception {
        for (String authorization : List.of("", "Basic YWRtaW46dGVzdC1hZG1pbi1wYXNzd29yZA==")) {
            HttpRequest.Builder request = HttpRequest.newBuilder(app.resolve("/jira/connections")).GET();
            if (!authorization.isEmpty()) {
                request.header("Authorization", authorization);
            }
            HttpResponse<String> page = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());

            assertThat(page.statusCode()).isEqualTo(302);
            String signIn = URLDecoder.decode(page.headers().firstValue("Location").orElseThrow(),
                    StandardCharsets.UTF_8);
            assertThat(signIn).startsWith(IdentityProvider.url() + "/authorize?").contains("client_id=jira-bundle",
                    "response_type=code", "redirect_uri=" + app.resolve("/jira/connections"));
        }
        HttpResponse<String> alerts = HTTP.send(HttpRequest.newBuilder(app.resolve("/alerts"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(alerts.statusCode()).as("/alerts is for senders, never a sign-in").isEqualTo(401);
    }

    public static class Profile implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("jira.admin.login", "code", "quarkus.oidc.tenant-enabled", "true",
                    "quarkus.oidc.discovery-enabled", "false", "quarkus.oidc.authorization-path", "authorize",
                    "quarkus.oidc.token-path", "token", "quarkus.oidc.jwks-path", "jwks",
                    "quarkus.oidc.client-id", "jira-bundle", "quarkus.oidc.credentials.secret", "oidc-test-secret",
                    "demo.enabled", "false", "triage.enabled", "false");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(IdentityProvider.class));
        }
    }

    /** Serves the (empty) key set at {@code /jwks}; the test never signs in, it only follows the way there. */
    public static class IdentityProvider implements QuarkusTestResourceLifecycleManager {

        private static HttpServer server;

        static String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/idp";
        }

        @Override
        public Map<String, String> start() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/idp/jwks", exchange -> {
                byte[] keys = "{\"keys\": []}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, keys.length);
                exchange.getResponseBody().write(keys);
                exchange.close();
            });
            server.start();
            return Map.of("quarkus.oidc.auth-server-url", url());
        }

        @Override
        public void stop() {
            server.stop(0);
        }
    }
}
