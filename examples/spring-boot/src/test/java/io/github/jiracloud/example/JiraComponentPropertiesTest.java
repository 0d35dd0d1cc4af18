package io.github.jiracloud.example;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** A misspelt camel.component.jira.* property stops the start-up, naming the property but never a value. */
class JiraComponentPropertiesTest {

    @Test
    void anUnknownOptionStopsTheStartupNamingIt() {
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(IncidentApplication.class)
                .properties("server.port=0", "JIRA_SITE=your-domain.atlassian.net", "JIRA_EMAIL=you@example.com",
                        "JIRA_API_TOKEN=not-a-real-token", "camel.component.jira.api-tokn=not-a-real-token")
                .run().close());

        StringBuilder messages = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append('\n');
        }
        assertThat(messages).contains("Unknown options [apiTokn] under camel.component.jira.*");
        assertThat(messages).doesNotContain("not-a-real-token");
    }
}
