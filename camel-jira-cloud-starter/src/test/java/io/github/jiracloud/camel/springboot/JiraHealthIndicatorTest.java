package io.github.jiracloud.camel.springboot;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.github.jiracloud.camel.test.JiraEmulatorExtension;
import io.github.jiracloud.emulator.Fault;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.actuate.health.CamelHealthCheckAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The jira health indicator shows the component's checks by name: a poller whose polls Jira keeps refusing is DOWN,
 * by its route, and UP again after; its connection stays UP.
 */
class JiraHealthIndicatorTest {

    @RegisterExtension
    static JiraEmulatorExtension jira = JiraEmulatorExtension.seeded();

    @TempDir
    Path state;

    @Test
    void aPollerThatJiraRefusesIsDownByNameAndUpWhenJiraAnswersAgain() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                        CamelHealthCheckAutoConfiguration.class, JiraComponentAutoConfiguration.class))
                .withPropertyValues(JiraComponentAutoConfigurationTest.properties(jira.properties()))
                .withBean(RoutesBuilder.class, this::poller)
                .run(spring -> {
                    JiraHealthIndicator health = spring.getBean(JiraHealthIndicator.class);
                    await().atMost(Duration.ofSeconds(30)).until(() -> health.health().getStatus() == Status.UP
                            && health.health().getDetails().containsKey("jira-connection:default"));
                    assertThat(health.health().getDetails()).containsKey("jira-poller:ops-poller");

                    jira.controls().injectFault(Fault.builder().pathRegex("/rest/api/3/search/jql").always()
                            .respond(403, "{\"errorMessages\":[\"Browse projects permission revoked\"],\"errors\":{}}")
                            .build());
                    await().atMost(Duration.ofSeconds(30)).until(() -> health.health().getStatus() == Status.DOWN);
                    Health down = health.health();
                    Map<?, ?> poller = (Map<?, ?>) down.getDetails().get("jira-poller:ops-poller");
                    assertThat(poller.get("state")).isEqualTo("DOWN");
                    assertThat(String.valueOf(poller.get("error"))).contains("Browse projects permission revoked");
                    assertThat(((Map<?, ?>) down.getDetails().get("jira-connection:default")).get("state"))
                            .isEqualTo("UP");

                    jira.controls().clearFaults();
                    await().atMost(Duration.ofSeconds(30)).until(() -> health.health().getStatus() == Status.UP);
                });
    }

    private RoutesBuilder poller() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("jira:issue/poll?jql=project = OPS&delay=100&stateDirectory=" + state).routeId("ops-poller")
                        .log("${header.CamelJiraIssueKey} changed");
            }
        };
    }
}
