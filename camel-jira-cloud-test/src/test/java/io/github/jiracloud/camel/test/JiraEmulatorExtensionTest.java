package io.github.jiracloud.camel.test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import io.github.jiracloud.emulator.Fault;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The extension's lifecycle: one emulator for the class, reachable with the connection it hands out. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JiraEmulatorExtensionTest {

    @RegisterExtension
    static JiraEmulatorExtension jira = JiraEmulatorExtension.seeded();

    private static int firstPort;

    @Test
    @Order(1)
    void theConnectionReachesTheSeededSiteAsTheDemoAccount() throws Exception {
        firstPort = jira.emulator().port();
        Map<String, String> options = jira.connection().options();

        HttpResponse<String> myself = get(options, "/rest/api/3/myself");

        assertThat(myself.statusCode()).isEqualTo(200);
        assertThat(myself.body()).contains(options.get("email"));
        assertThat(jira.data().issueCount("OPS")).isPositive();
        assertThat(jira.requests()).hasSize(1);
    }

    @Test
    @Order(2)
    void aFaultSetInOneTest() throws Exception {
        jira.controls().injectFault(Fault.builder().pathRegex("/rest/api/3/myself").always()
                .respond(503, "{\"errorMessages\":[\"down\"],\"errors\":{}}").build());

        assertThat(get(jira.connection().options(), "/rest/api/3/myself").statusCode()).isEqualTo(503);
    }

    @Test
    @Order(3)
    void isGoneInTheNextWithTheRequestsButNotTheEmulatorOrItsData() throws Exception {
        assertThat(jira.requests()).isEmpty();
        assertThat(get(jira.connection().options(), "/rest/api/3/myself").statusCode()).isEqualTo(200);
        assertThat(jira.emulator().port()).isEqualTo(firstPort);
    }

    @Test
    @Order(4)
    void theSameConnectionAsPropertiesAndUriOptionsWithoutSecretsInItsName() {
        assertThat(jira.properties()).containsEntry("camel.component.jira.site", jira.emulator().baseUrl())
                .containsEntry("camel.component.jira.allowed-hosts", "127.0.0.1")
                .containsKeys("camel.component.jira.email", "camel.component.jira.api-token");
        assertThat(jira.connection().uriOptions()).startsWith("site=" + jira.emulator().baseUrl() + "&")
                .contains("&apiToken=RAW(");
        assertThat(jira.connection().toString()).doesNotContain(jira.connection().options().get("apiToken"));
    }

    @Test
    @Order(5)
    void anOAuthConnectionCarriesARefreshTokenTheEmulatorIssued() {
        EmulatorConnection oauth = jira.oauth2Connection();

        assertThat(oauth.options()).containsEntry("auth", "oauth2")
                .containsEntry("cloudId", jira.emulator().cloudId())
                .containsEntry("tokenUrl", jira.emulator().baseUrl() + "/oauth/token")
                .containsEntry("tokenStore", EmulatorConnection.IN_MEMORY_TOKEN_STORE);
        assertThat(oauth.options().get("refreshToken")).isNotBlank();
        assertThat(oauth.with("tokenStore", "#tokens").options()).containsEntry("tokenStore", "#tokens");
    }

    private static HttpResponse<String> get(Map<String, String> options, String path) throws Exception {
        String credentials = options.get("email") + ":" + options.get("apiToken");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(options.get("site") + path))
                .header("Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }
}
