package io.github.jiracloud.example;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.camel.JiraComponent;
import io.github.jiracloud.camel.test.JiraEmulatorExtension;
import io.github.jiracloud.emulator.JiraEmulator;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole Spring Boot application against the test kit's Jira emulator: the connection comes only from Spring
 * properties ({@code camel.component.jira.*}, bound by the starter), the route from src/main/resources/camel/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IncidentApplicationTest {

    /** The test kit's Jira emulator, for this class's tests. */
    @RegisterExtension
    static JiraEmulatorExtension jira = JiraEmulatorExtension.empty();

    /** camel.component.jira.site, .email, .api-token and .allowed-hosts (the emulator is on loopback over http). */
    @DynamicPropertySource
    static void jiraConnection(DynamicPropertyRegistry properties) {
        jira.properties().forEach((name, value) -> properties.add(name, () -> value));
    }

    @LocalServerPort
    int port;

    @Autowired
    CamelContext camel;

    @Test
    void aPostedIncidentBecomesAnIssueWithACommentInJira() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/incidents"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"summary\": \"Disk full on db-1\", \"description\": \"The disk is **full**.\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(201);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        String key = answer.body().replaceAll(".*\"key\": \"([A-Z]+-\\d+)\".*", "$1");
        assertThat(key).startsWith("OPS-");

        Map<?, ?> fields = (Map<?, ?>) jira.data().issue(key).orElseThrow().get("fields");
        assertThat(fields.get("summary")).isEqualTo("Disk full on db-1");
        assertThat(((Map<?, ?>) fields.get("issuetype")).get("name")).isEqualTo("Task");
        assertThat(fields.get("description").toString()).contains("strong");
        List<?> comments = jira.data().comments(key);
        assertThat(comments).hasSize(1);
        assertThat(comments.get(0).toString()).contains("Opened from POST /incidents by jira-incidents");
        assertThat(jira.validationErrors()).isEmpty();
    }

    @Test
    void theHealthEndpointShowsTheJiraIndicator() throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"jira\":{\"status\":\"UP\"");
    }

    @Test
    void theComponentIsConfiguredFromSpringProperties() {
        JiraComponent component = camel.getComponent("jira", JiraComponent.class);

        assertThat(component.getConnectionOptions().getSite()).isEqualTo(jira.emulator().baseUrl());
        assertThat(component.getConnectionOptions().getEmail()).isEqualTo(JiraEmulator.DEMO_EMAIL);
        assertThat(component.getConnectionOptions().getAllowedHosts()).isEqualTo("127.0.0.1");
    }
}
