package io.github.jiracloud.app.flows;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jiracloud.app.EmbeddedEmulator;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** routes/sla-escalation.yaml: stale open issues get a comment, the label and a watcher, once. */
@QuarkusTest
class SlaEscalationTest {

    private static final String BOB = "712020:75852db4-8789-32d3-8a98-82dee77bc46e";

    @Inject
    EmbeddedEmulator embedded;

    @Test
    void aStaleIssueIsEscalatedOnce() throws Exception {
        JiraRest jira = new JiraRest(embedded.emulator());
        // In %test every issue labelled sla-watch counts as stale (sla.stale-after=+1d).
        String key = jira.createIssue("{\"project\": {\"key\": \"OPS\"}, \"issuetype\": {\"name\": \"Task\"}, "
                + "\"summary\": \"Nobody looks at me\", \"labels\": [\"sla-watch\"]}");

        JsonNode fields = JiraRest.await(key + " escalated", () -> {
            JsonNode f = jira.get("/rest/api/3/issue/" + key).path("fields");
            return f.path("labels").toString().contains("sla-escalated") ? f : null;
        });
        JiraRest.await("the watcher on " + key,
                () -> jira.get("/rest/api/3/issue/" + key + "/watchers").path("watchers").toString().contains(BOB)
                        ? true
                        : null);
        // Three more runs of the flow: the label must keep the issue from a second escalation.
        long runs = jira.searchesContaining("sla-watch");
        JiraRest.await("three more runs", () -> jira.searchesContaining("sla-watch") >= runs + 3 ? true : null);

        assertThat(fields.path("labels").toString()).contains("sla-watch");
        JsonNode comments = jira.get("/rest/api/3/issue/" + key + "/comment").path("comments");
        assertThat(comments).hasSize(1);
        assertThat(comments.get(0).path("body").toString()).contains("escalated");
        assertThat(embedded.emulator().validationErrors()).isEmpty();
    }
}
