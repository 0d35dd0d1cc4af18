package io.github.jiracloud.app.flows;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jiracloud.app.EmbeddedEmulator;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** routes/sprint-report.yaml: the active sprint of board 1 is summarised in a CSV attached to OPS-1. */
@QuarkusTest
class SprintReportTest {

    @Inject
    EmbeddedEmulator embedded;

    @Test
    void theActiveSprintIsReportedAsACsvAttachment() throws Exception {
        JiraRest jira = new JiraRest(embedded.emulator());

        JsonNode attachment = JiraRest.await("a sprint report on OPS-1", () -> {
            for (JsonNode a : jira.get("/rest/api/3/issue/OPS-1?fields=attachment").path("fields").path("attachment")) {
                if (a.path("filename").asText().startsWith("sprint-1-")) {
                    return a;
                }
            }
            return null;
        });
        String csv = jira
                .getText("/rest/api/3/attachment/content/" + attachment.path("id").asText() + "?redirect=false");

        assertThat(attachment.path("filename").asText()).endsWith(".csv");
        // Sprint 1 of the demo data holds OPS-2, 3 story points, To Do.
        assertThat(csv).startsWith("status,issues,storyPoints\n").contains("To Do,").contains("\nTOTAL,");
        assertThat(csv.lines().filter(line -> line.startsWith("TOTAL,")).findFirst().orElseThrow())
                .matches("TOTAL,\\d+,\\d+(\\.\\d+)?");
        assertThat(embedded.emulator().validationErrors()).isEmpty();
    }
}
