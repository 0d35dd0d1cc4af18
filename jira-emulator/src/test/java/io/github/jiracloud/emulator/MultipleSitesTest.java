package io.github.jiracloud.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.emulator.support.JiraClient;
import io.github.jiracloud.emulator.support.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An emulator with more than one site: what an OAuth app sees when the user belongs to several. */
@SuppressWarnings("unchecked")
class MultipleSitesTest {

    private static JiraEmulator jira;
    private static String accessToken;

    @BeforeAll
    static void start() {
        jira = JiraEmulator.builder().seedDemoData(false).additionalSite("second").additionalSite("third").build()
                .start();
        accessToken = OAuthTest.clientCredentialsToken(jira);
    }

    @AfterAll
    static void stop() {
        jira.close();
    }

    @Test
    void accessibleResourcesListEverySitePrimaryFirst() {
        List<Object> resources = JiraClient.withAuthorization(jira.baseUrl(), "Bearer " + accessToken)
                .get("/oauth/token/accessible-resources").jsonArray();

        assertThat(resources).extracting(site -> ((Map<String, Object>) site).get("name"))
                .containsExactly("emulator", "second", "third");
        assertThat((Map<String, Object>) resources.get(1)).containsEntry("id", jira.cloudId("second"))
                .containsEntry("url", "http://second.localhost:" + jira.port());
        assertThat(jira.siteUrl("second")).isEqualTo("http://second.localhost:" + jira.port());
        assertThat(jira.cloudId("second")).isNotEqualTo(jira.cloudId()).isNotEqualTo(jira.cloudId("third"));
    }

    @Test
    void theGatewayAddressesEachSiteByItsCloudIdAndTheirDataIsSeparate() {
        JiraClient second = JiraClient.withAuthorization(jira.baseUrl() + "/ex/jira/" + jira.cloudId("second"),
                "Bearer " + accessToken);
        JiraClient primary = JiraClient.withAuthorization(jira.baseUrl() + "/ex/jira/" + jira.cloudId(),
                "Bearer " + accessToken);

        Reply created = second.post("/rest/api/3/issue", Map.of("fields", Map.of("project", Map.of("key", "OPS"),
                "issuetype", Map.of("name", "Task"), "summary", "Only on the second site")));

        assertThat(created.status()).isEqualTo(201);
        assertThat(jira.data("second").issue("OPS-1")).isPresent();
        assertThat(jira.data().issue("OPS-1")).isEmpty();
        assertThat(primary.get("/rest/api/3/issue/OPS-1").status()).isEqualTo(404);
        assertThat(second.get("/rest/api/3/serverInfo").json().get("baseUrl"))
                .isEqualTo(jira.siteUrl("second"));
        assertThat(jira.validationErrors()).isEmpty();
    }

    @Test
    void theHostHeaderPicksTheSiteOfTheSiteUrl() throws IOException {
        assertThat(getWithHost("/_edge/tenant_info", "second.localhost:" + jira.port()))
                .contains(jira.cloudId("second"));
        assertThat(getWithHost("/_edge/tenant_info", "127.0.0.1:" + jira.port())).contains(jira.cloudId());
        assertThat(getWithHost("/_edge/tenant_info", "unknown.localhost:" + jira.port())).contains(jira.cloudId());
    }

    @Test
    void siteNamesMustBeHostLabelsAndUnique() {
        assertThatThrownBy(() -> JiraEmulator.builder().additionalSite("Second Site"))
                .hasMessageContaining("lower-case letters, digits and hyphens");
        assertThatThrownBy(() -> JiraEmulator.builder().additionalSite("emulator"))
                .hasMessageContaining("already exists");
        assertThatThrownBy(() -> jira.cloudId("fourth")).hasMessageContaining("[emulator, second, third]");
    }

    /** java.net.http does not let a caller set Host, so this speaks HTTP/1.1 itself. */
    private static String getWithHost(String path, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", jira.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
