package io.github.jiracloud.app.flows;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jiracloud.app.EmbeddedEmulator;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** routes/cross-project-mirror.yaml: an OPS issue labelled mirror gets one linked DEV issue, then comments. */
@QuarkusTest
class CrossProjectMirrorTest {

    @Inject
    EmbeddedEmulator embedded;

    @Test
    void anIssueIsMirroredOnceAndItsUpdatesAreCommented() throws Exception {
        JiraRest jira = new JiraRest(embedded.emulator());
        // The poller starts from the moment it first runs (this copy leads the flow): a source made before is no news.
        JiraRest.await("the mirror's first poll", () -> embedded.emulator().requests().stream()
                .anyMatch(request -> request.path().endsWith("/search/jql") && request.body() != null
                        && request.body().contains("labels = mirror")) ? true : null);
        String source = jira.createIssue("{\"project\": {\"key\": \"OPS\"}, \"issuetype\": {\"name\": \"Task\"}, "
                + "\"summary\": \"Upgrade the load balancer\", \"labels\": [\"mirror\"]}");

        JsonNode mirror = JiraRest.await("the mirror of " + source, () -> {
            JsonNode found = jira.search("labels = \"mirror-" + source + "\"", "summary", "issuelinks");
            return found.size() > 0 && found.get(0).path("fields").path("issuelinks").size() > 0 ? found.get(0) : null;
        });
        String mirrorKey = mirror.path("key").asText();
        jira.transition(source, "21");
        JiraRest.await("a comment on " + mirrorKey + " about the new status",
                () -> jira.get("/rest/api/3/issue/" + mirrorKey + "/comment").path("comments").toString()
                        .contains("status In Progress") ? true : null);

        assertThat(mirrorKey).startsWith("DEV-");
        assertThat(mirror.path("fields").path("summary").asText())
                .isEqualTo("[" + source + "] Upgrade the load balancer");
        assertThat(mirror.path("fields").path("issuelinks").toString()).contains(source);
        assertThat(jira.search("labels = \"mirror-" + source + "\"", "summary")).hasSize(1);
        assertThat(embedded.emulator().validationErrors()).isEmpty();
    }
}
