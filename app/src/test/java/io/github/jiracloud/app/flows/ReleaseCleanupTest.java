package io.github.jiracloud.app.flows;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jiracloud.app.EmbeddedEmulator;
import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.RecordedRequest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * routes/release-cleanup.yaml: the issues of a released version get the release label and the open ones go to Done,
 * each as one bulk task, once; the issues of an unreleased version are left alone. {@link ReleaseCleanupOAuthTest}
 * runs it again as an OAuth 2.0 app with the bundle's default scopes.
 */
@QuarkusTest
class ReleaseCleanupTest {

    @Inject
    EmbeddedEmulator embedded;

    @Test
    void theIssuesOfAReleasedVersionAreLabelledAndClosedInBulkOnce() throws Exception {
        JiraEmulator emulator = embedded.emulator();
        JiraRest jira = new JiraRest(emulator);
        emulator.data().addVersion("DEV", "2026.12", false);
        emulator.data().addVersion("DEV", "2027.1", false);
        String open = issue(jira, "Ship the release notes", "2026.12");
        String started = issue(jira, "Fix the installer", "2026.12");
        jira.transition(started, "21");
        String alreadyDone = issue(jira, "Bump the version", "2026.12");
        jira.transition(alreadyDone, "31");
        String nextRelease = issue(jira, "Plan the next one", "2027.1");
        // Released once its issues are in place, so that one run of the flow finds them all.
        emulator.data().releaseVersion("DEV", "2026.12");

        for (String key : List.of(open, started, alreadyDone)) {
            JiraRest.await(key + " labelled and done", () -> {
                JsonNode fields = jira.get("/rest/api/3/issue/" + key).path("fields");
                return fields.path("labels").toString().contains("released")
                        && "Done".equals(fields.path("status").path("name").asText()) ? fields : null;
            });
        }
        long edits = submits(emulator, "/bulk/issues/fields");
        long transitions = submits(emulator, "/bulk/issues/transition");
        long looks = versionLists(emulator);
        JiraRest.await("two more runs of the flow", () -> versionLists(emulator) >= looks + 2 ? true : null);

        assertThat(edits).isEqualTo(1);
        assertThat(transitions).isEqualTo(1);
        assertThat(submits(emulator, "/bulk/issues/fields")).as("nothing left to label").isEqualTo(edits);
        assertThat(submits(emulator, "/bulk/issues/transition")).as("nothing left to close").isEqualTo(transitions);
        String closedIds = emulator.requests().stream()
                .filter(request -> request.path().endsWith("/bulk/issues/transition")
                        && "POST".equals(request.method()))
                .map(RecordedRequest::body).findFirst().orElseThrow();
        assertThat(closedIds).as("only the open issues are sent to Done").contains(id(jira, open), id(jira, started))
                .doesNotContain(id(jira, alreadyDone));
        JsonNode untouched = jira.get("/rest/api/3/issue/" + nextRelease).path("fields");
        assertThat(untouched.path("labels")).isEmpty();
        assertThat(untouched.path("status").path("name").asText()).isEqualTo("To Do");
        assertThat(emulator.validationErrors()).isEmpty();
    }

    private static String issue(JiraRest jira, String summary, String version) throws Exception {
        return jira.createIssue("{\"project\": {\"key\": \"DEV\"}, \"issuetype\": {\"name\": \"Task\"}, \"summary\": \""
                + summary + "\", \"fixVersions\": [{\"name\": \"" + version + "\"}]}");
    }

    private static String id(JiraRest jira, String key) throws Exception {
        return "\"" + jira.get("/rest/api/3/issue/" + key).path("id").asText() + "\"";
    }

    private static long submits(JiraEmulator emulator, String path) {
        return emulator.requests().stream()
                .filter(request -> "POST".equals(request.method()) && request.path().endsWith(path)).count();
    }

    private static long versionLists(JiraEmulator emulator) {
        return emulator.requests().stream()
                .filter(request -> request.path().endsWith("/project/DEV/version")).count();
    }
}
