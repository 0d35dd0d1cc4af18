package io.github.jiracloud.example;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.camel.JiraComponent;
import io.github.jiracloud.emulator.JiraEmulator;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole Spring Boot application against the Jira emulator: the connection comes only from Spring properties
 * ({@code camel.component.jira.*}), the route from src/main/resources/camel/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IncidentApplicationTest {

    private static final JiraEmulator EMULATOR = JiraEmulator.builder().port(0).seedDemoData(false).build().start();

    @DynamicPropertySource
    static void jiraConnection(DynamicPropertyRegistry properties) {
        properties.add("JIRA_SITE", EMULATOR::baseUrl);
        properties.add("JIRA_EMAIL", () -> JiraEmulator.DEMO_EMAIL);
        properties.add("JIRA_API_TOKEN", () -> JiraEmulator.DEMO_API_TOKEN);
        // The emulator is on loopback over http: only Atlassian's hosts are allowed unless listed.
        properties.add("camel.component.jira.allowed-hosts", () -> "127.0.0.1");
    }

    @AfterAll
    static void stopEmulator() {
        EMULATOR.close();
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

        Map<?, ?> fields = (Map<?, ?>) EMULATOR.data().issue(key).orElseThrow().get("fields");
        assertThat(fields.get("summary")).isEqualTo("Disk full on db-1");
        assertThat(((Map<?, ?>) fields.get("issuetype")).get("name")).isEqualTo("Task");
        assertThat(fields.get("description").toString()).contains("strong");
        List<?> comments = EMULATOR.data().comments(key);
        assertThat(comments).hasSize(1);
        assertThat(comments.get(0).toString()).contains("Opened from POST /incidents by jira-incidents");
        assertThat(EMULATOR.validationErrors()).isEmpty();
    }

    @Test
    void theComponentIsConfiguredFromSpringProperties() {
        JiraComponent jira = camel.getComponent("jira", JiraComponent.class);

        assertThat(jira.getConfiguration().getSite()).isEqualTo(EMULATOR.baseUrl());
        assertThat(jira.getConfiguration().getEmail()).isEqualTo(JiraEmulator.DEMO_EMAIL);
        assertThat(jira.getConfiguration().getAllowedHosts()).isEqualTo("127.0.0.1");
    }
}
