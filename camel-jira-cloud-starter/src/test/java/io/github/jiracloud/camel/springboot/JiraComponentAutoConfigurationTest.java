package io.github.jiracloud.camel.springboot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.camel.JiraComponent;
import io.github.jiracloud.camel.connection.JiraConnection;
import io.github.jiracloud.camel.test.JiraEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** camel.component.jira.* configures the component as Camel Main would; a misspelt name stops the start-up. */
class JiraComponentAutoConfigurationTest {

    @RegisterExtension
    static JiraEmulatorExtension jira = JiraEmulatorExtension.seeded();

    private final ApplicationContextRunner app = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(CamelAutoConfiguration.class, JiraComponentAutoConfiguration.class));

    @Test
    void theConnectionFromSpringPropertiesReachesJira() {
        app.withPropertyValues(properties(jira.properties())).run(spring -> {
            CamelContext camel = spring.getBean(CamelContext.class);
            JiraComponent component = camel.getComponent("jira", JiraComponent.class);

            assertThat(component.getConnectionOptions().getSite()).isEqualTo(jira.emulator().baseUrl());
            Map<?, ?> issue = camel.createProducerTemplate().requestBodyAndHeader("jira:issue/get", null,
                    "CamelJiraIssueKey", "OPS-1", Map.class);
            assertThat(issue.get("key")).isEqualTo("OPS-1");
            assertThat(jira.validationErrors()).isEmpty();
        });
    }

    @Test
    void everyRelaxedFormAndNamedConnectionsBind() {
        app.withPropertyValues("camel.component.jira.site=your-domain.atlassian.net",
                "camel.component.jira.maxRetries=2", "camel.component.jira.response-timeout=1234",
                "camel.component.jira.connections.partner.site=partner.atlassian.net",
                "camel.component.jira.connections[Other].email=other@example.com").run(spring -> {
                    JiraComponent component = spring.getBean(CamelContext.class).getComponent("jira",
                            JiraComponent.class);

                    assertThat(component.getConnectionOptions().getMaxRetries()).isEqualTo(2);
                    assertThat(component.getConnectionOptions().getResponseTimeout()).isEqualTo(1234);
                    Map<String, JiraConnection> connections = component.getConnections();
                    assertThat(connections).containsOnlyKeys("partner", "Other");
                    assertThat(connections.get("partner").getSite()).isEqualTo("partner.atlassian.net");
                    assertThat(connections.get("Other").getEmail()).isEqualTo("other@example.com");
                });
    }

    @Test
    void aMisspeltPropertyStopsTheStartUpNamingItButNotItsValue() {
        app.withPropertyValues("camel.component.jira.site=your-domain.atlassian.net",
                "camel.component.jira.api-tokn=not-a-real-token").run(spring -> {
                    assertThat(spring).hasFailed();
                    String messages = messages(spring.getStartupFailure());
                    assertThat(messages).contains("Unknown property [camel.component.jira.api-tokn]")
                            .doesNotContain("not-a-real-token");
                });
    }

    @Test
    void aMisspeltOptionOfANamedConnectionIsRefusedByName() {
        app.withPropertyValues("camel.component.jira.connections.partner.sitee=not-a-real-site").run(spring -> {
            Throwable failure = catchFailure(() -> spring.getBean(CamelContext.class).getComponent("jira"));

            assertThat(messages(failure)).contains("camel.component.jira.connections.partner.sitee")
                    .doesNotContain("not-a-real-site");
        });
    }

    @Test
    void switchedOffItLeavesTheComponentAlone() {
        app.withPropertyValues("camel.component.jira.enabled=false", "camel.component.jira.sitee=anything")
                .run(spring -> assertThat(spring).hasNotFailed().doesNotHaveBean(JiraSpringProperties.class));
    }

    static String[] properties(Map<String, String> properties) {
        List<String> pairs = new ArrayList<>();
        properties.forEach((name, value) -> pairs.add(name + "=" + value));
        return pairs.toArray(String[]::new);
    }

    private static Throwable catchFailure(Runnable action) {
        try {
            action.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    static String messages(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append('\n');
        }
        return messages.toString();
    }
}
