package io.github.jiracloud.camel;

import java.util.Map;

import io.github.jiracloud.emulator.JiraEmulator;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The component in plain Camel Main: configured by properties, used from a YAML route, with no Quarkus around. */
class CamelMainEmbeddingTest {

    @Test
    void aYamlRouteRunsWithTheComponentConfiguredByProperties() throws Exception {
        try (JiraEmulator emulator = JiraEmulator.builder().port(0).build().start()) {
            Main main = new Main();
            main.configure().withRoutesIncludePattern("classpath:camel-main/*.yaml");
            main.addInitialProperty("camel.component.jira.site", emulator.baseUrl());
            main.addInitialProperty("camel.component.jira.email", JiraEmulator.DEMO_EMAIL);
            main.addInitialProperty("camel.component.jira.api-token", JiraEmulator.DEMO_API_TOKEN);
            main.addInitialProperty("camel.component.jira.allowed-hosts", "127.0.0.1");
            main.start();
            try {
                Map<?, ?> issue = main.getCamelContext().createProducerTemplate()
                        .requestBody("direct:incident", Map.of("summary", "Disk full on db-7"), Map.class);

                Map<?, ?> fields = (Map<?, ?>) issue.get("fields");
                assertThat(fields.get("summary")).isEqualTo("Disk full on db-7");
                assertThat(fields.get("comment").toString()).contains("Opened from Camel Main: " + issue.get("key"));
                assertThat(emulator.validationErrors()).isEmpty();
            } finally {
                main.stop();
            }
        }
    }

    @Test
    void quarkusIsNotOnTheClasspath() {
        assertThatThrownBy(() -> Class.forName("io.quarkus.runtime.Quarkus"))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
