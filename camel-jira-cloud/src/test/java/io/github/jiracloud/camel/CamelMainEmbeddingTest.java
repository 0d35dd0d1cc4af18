package io.github.jiracloud.camel;

import java.util.Map;

import io.github.jiracloud.camel.test.JiraEmulatorExtension;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The component in plain Camel Main: configured by properties, used from a YAML route, with no Quarkus around. */
class CamelMainEmbeddingTest {

    @RegisterExtension
    static JiraEmulatorExtension jira = JiraEmulatorExtension.seeded();

    @Test
    void aYamlRouteRunsWithTheComponentConfiguredByProperties() throws Exception {
        Main main = new Main();
        main.configure().withRoutesIncludePattern("classpath:camel-main/*.yaml");
        // camel.component.jira.site, .email, .api-token and .allowed-hosts, as an application.properties has them
        jira.properties().forEach(main::addInitialProperty);
        main.start();
        try {
            Map<?, ?> issue = main.getCamelContext().createProducerTemplate()
                    .requestBody("direct:incident", Map.of("summary", "Disk full on db-7"), Map.class);

            Map<?, ?> fields = (Map<?, ?>) issue.get("fields");
            assertThat(fields.get("summary")).isEqualTo("Disk full on db-7");
            assertThat(fields.get("comment").toString()).contains("Opened from Camel Main: " + issue.get("key"));
            assertThat(jira.validationErrors()).isEmpty();
        } finally {
            main.stop();
        }
    }

    @Test
    void quarkusIsNotOnTheClasspath() {
        assertThatThrownBy(() -> Class.forName("io.quarkus.runtime.Quarkus"))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
