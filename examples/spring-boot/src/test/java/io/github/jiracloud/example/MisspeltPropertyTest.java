package io.github.jiracloud.example;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** A misspelt camel.component.jira.* property stops the application's start-up, naming it but never its value. */
class MisspeltPropertyTest {

    @Test
    void theApplicationDoesNotStartAndSaysWhichPropertyIsWrong() {
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(IncidentApplication.class)
                .web(WebApplicationType.NONE)
                .properties("camel.component.jira.site=your-domain.atlassian.net",
                        "camel.component.jira.api-tokn=not-a-real-token")
                .run().close());

        StringBuilder messages = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append('\n');
        }
        assertThat(failure).isNotNull();
        assertThat(messages).contains("Unknown property [camel.component.jira.api-tokn]")
                .doesNotContain("not-a-real-token");
    }
}
