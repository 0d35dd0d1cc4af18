package io.github.jiracloud.app.flows;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jiracloud.app.EmbeddedEmulator;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * routes/sprint-report.yaml with the default connection as an OAuth 2.0 app with the default scopes
 * ({@link OAuthFlows}): its Agile calls need the granular Jira Software scopes that the default
 * {@code camel.component.jira.scopes}
 * carries (without them this failed with "scope does not match"). {@link SprintReportTest} checks the report itself.
 */
@QuarkusTest
@TestProfile(OAuthFlows.class)
class SprintReportOAuthTest {

    @Inject
    EmbeddedEmulator embedded;

    @Test
    void theActiveSprintIsReportedUnderOAuth() throws Exception {
        JiraRest jira = new JiraRest(embedded.emulator());

        JsonNode report = JiraRest.await("a sprint report on OPS-1", () -> {
            for (JsonNode a : jira.get("/rest/api/3/issue/OPS-1?fields=attachment").path("fields").path("attachment")) {
                if (a.path("filename").asText().startsWith("sprint-1-")) {
                    return a;
                }
            }
            return null;
        });

        assertThat(report.path("filename").asText()).matches("sprint-1-.*\\.(csv|png)");
        OAuthFlows.assertCalledAsTheOAuthApp(embedded.emulator());
    }
}
