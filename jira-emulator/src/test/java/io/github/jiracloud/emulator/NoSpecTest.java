package io.github.jiracloud.emulator;

import java.nio.file.Path;
import java.util.Map;

import io.github.jiracloud.emulator.support.JiraClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NoSpecTest {

    @Test
    void withoutTheSpecTheEmulatorStillServesButDoesNotValidate() {
        try (JiraEmulator jira = JiraEmulator.builder().specDirectory(Path.of("does/not/exist")).build().start()) {
            JiraClient client = JiraClient.basic(jira);

            assertThat(jira.validating()).isFalse();
            assertThat(client.get("/rest/api/3/issue/OPS-1").status()).isEqualTo(200);
            assertThat(client.post("/rest/api/3/search/jql", Map.of("jql", "project = OPS", "colour", 1)).status())
                    .isEqualTo(200);
            assertThat(client.get("/rest/api/3/dashboard").status()).isEqualTo(404);
            assertThatThrownBy(jira::validationErrors).as("no check that never ran can pass")
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("jira.openapi.dir");
        }
    }
}
