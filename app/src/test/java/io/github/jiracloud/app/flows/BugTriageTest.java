package io.github.jiracloud.app.flows;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jiracloud.app.EmbeddedEmulator;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** routes/bug-triage.yaml: new DEV bugs get a priority, an owner and the In Progress status. */
@QuarkusTest
class BugTriageTest {

    private static final String DEMO_USER = "712020:4021260e-005d-34bd-991b-85794437513f";

    @Inject
    EmbeddedEmulator embedded;

    private JiraRest jira;

    @BeforeEach
    void connect() {
        jira = new JiraRest(embedded.emulator());
    }

    // The emulator can't set components on issues yet, so the component owners are covered by TriageRulesTest.
    @Test
    void aCrashGetsHighPriorityAndStartsProgress() throws Exception {
        String key = jira.createIssue("{\"project\": {\"key\": \"DEV\"}, \"issuetype\": {\"name\": \"Bug\"}, "
                + "\"summary\": \"Connector CRASH on an empty page\"}");

        JsonNode fields = awaitInProgress(key);

        assertThat(fields.path("priority").path("name").asText()).isEqualTo("High");
        assertThat(fields.path("assignee").path("accountId").asText()).isEqualTo(DEMO_USER);
        assertThat(embedded.emulator().validationErrors()).isEmpty();
    }

    @Test
    void aBugWithoutKeywordsOrOwnerGetsTheDefaults() throws Exception {
        String key = jira.createIssue("{\"project\": {\"key\": \"DEV\"}, \"issuetype\": {\"name\": \"Bug\"}, "
                + "\"summary\": \"Odd behaviour somewhere\"}");

        JsonNode fields = awaitInProgress(key);

        assertThat(fields.path("priority").path("name").asText()).isEqualTo("Medium");
        assertThat(fields.path("assignee").path("accountId").asText()).isEqualTo(DEMO_USER);
    }

    private JsonNode awaitInProgress(String key) throws Exception {
        return JiraRest.await(key + " in progress", () -> {
            JsonNode fields = jira.get("/rest/api/3/issue/" + key).path("fields");
            return "In Progress".equals(fields.path("status").path("name").asText()) ? fields : null;
        });
    }
}
