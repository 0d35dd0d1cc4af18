package io.github.jiracloud.example;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** A misspelt camel.component.jira.* property stops the jira component, naming the property but never a value. */
class JiraComponentPropertiesTest {

    @Test
    void anUnknownOptionIsRefusedNamingIt() {
        // No web server and no routes: only the component's creation is under test.
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(IncidentApplication.class)
                .web(WebApplicationType.NONE)
                .properties("camel.main.routes-include-pattern=classpath:no-routes/*",
                        "camel.component.jira.site=your-domain.atlassian.net",
                        "camel.component.jira.api-tokn=not-a-real-token")
                .run()) {
            Throwable failure = catchThrowable(() -> app.getBean(CamelContext.class).getComponent("jira"));

            StringBuilder messages = new StringBuilder();
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                messages.append(cause.getMessage()).append('\n');
            }
            assertThat(messages).contains("Unknown options [apiTokn] under camel.component.jira.*");
            assertThat(messages).doesNotContain("not-a-real-token");
        }
    }
}
