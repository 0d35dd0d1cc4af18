package io.github.jiracloud.emulator.api.issue;

import java.util.List;
import java.util.Map;

import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.support.Adf;
import io.github.jiracloud.emulator.support.JiraClient;
import io.github.jiracloud.emulator.support.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Worklogs and the time tracking each change moves, per adjustEstimate. */
class WorklogTest {

    private static JiraEmulator jira;
    private static JiraClient client;
    private String key;

    @BeforeAll
    static void start() {
        jira = JiraEmulator.builder().seedDemoData(false).build().start();
        client = JiraClient.basic(jira);
    }

    @AfterAll
    static void stop() {
        jira.close();
    }

    @BeforeEach
    void estimatedIssue() {
        key = jira.data().createIssues("OPS", 1).get(0);
        jira.data().estimate(key, 2 * 8 * 3600, 2 * 8 * 3600);
        jira.clearValidationErrors();
    }

    @Test
    void loggedWorkReducesTheRemainingEstimateAndShowsOnTheIssue() {
        Reply added = client.post(worklogs(), Map.of("timeSpent", "1h 30m", "started", "2026-11-28T10:15:30.000+0200",
                "comment", Adf.doc("Fixed the disk")));

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json()).containsEntry("timeSpent", "1h 30m").containsEntry("timeSpentSeconds", 5400)
                .containsEntry("started", "2026-11-28T08:15:30.000+0000")
                .containsKeys("id", "issueId", "self", "author");
        Map<String, Object> tracking = timeTracking();
        assertThat(tracking).containsEntry("originalEstimate", "2d").containsEntry("remainingEstimate", "1d 6h 30m")
                .containsEntry("timeSpent", "1h 30m").containsEntry("timeSpentSeconds", 5400);
        assertThat(jira.validationErrors()).isEmpty();
    }

    @Test
    void adjustEstimateNewManualAndLeave() {
        client.post(worklogs() + "?adjustEstimate=new&newEstimate=3h", Map.of("timeSpentSeconds", 3600));
        assertThat(timeTracking()).containsEntry("remainingEstimateSeconds", 3 * 3600);
        client.post(worklogs() + "?adjustEstimate=manual&reduceBy=30m", Map.of("timeSpentSeconds", 3600));
        assertThat(timeTracking()).containsEntry("remainingEstimateSeconds", 3 * 3600 - 1800);
        client.post(worklogs() + "?adjustEstimate=leave", Map.of("timeSpentSeconds", 3600));
        assertThat(timeTracking()).containsEntry("remainingEstimateSeconds", 3 * 3600 - 1800)
                .containsEntry("timeSpentSeconds", 3 * 3600);

        Reply missing = client.post(worklogs() + "?adjustEstimate=new", Map.of("timeSpentSeconds", 60));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errors()).containsKey("newEstimate");
        assertThat(client.post(worklogs() + "?adjustEstimate=manual", Map.of("timeSpentSeconds", 60)).errors())
                .containsKey("reduceBy");
    }

    @Test
    void updatingAndDeletingMoveTheEstimateBack() {
        String id = (String) client.post(worklogs(), Map.of("timeSpentSeconds", 3600)).json().get("id");

        Reply updated = client.put(worklogs() + "/" + id, Map.of("timeSpent", "3h"));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json()).containsEntry("timeSpentSeconds", 3 * 3600);
        assertThat(timeTracking()).containsEntry("remainingEstimateSeconds", 13 * 3600);

        assertThat(client.delete(worklogs() + "/" + id + "?adjustEstimate=manual&increaseBy=1h").status())
                .isEqualTo(204);
        assertThat(timeTracking()).containsEntry("remainingEstimateSeconds", 14 * 3600).doesNotContainKey("timeSpent");
        assertThat(client.get(worklogs() + "/" + id).status()).isEqualTo(404);
        assertThat(jira.validationErrors()).isEmpty();
    }

    @Test
    void withoutTimeSpentAWorklogIsRefusedWithJirasFieldError() {
        Reply refused = client.post(worklogs(), Map.of("comment", Adf.doc("no time")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errors()).containsEntry("timeLogged", "You must indicate the time spent working.");
        assertThat(client.post(worklogs(), Map.of("timeSpent", "soon")).errors()).containsKey("timeLogged");
        assertThat(client.post(worklogs(), Map.of("timeSpent", "1h", "started", "2026-11-28T10:15:30Z")).errors())
                .containsKey("started");
    }

    @Test
    void worklogsPageInCreationOrder() {
        jira.data().logWork(key, 7, 60);

        Map<String, Object> page = client.get(worklogs() + "?startAt=5&maxResults=5").json();

        assertThat(page).containsEntry("startAt", 5).containsEntry("maxResults", 5).containsEntry("total", 7);
        assertThat((List<?>) page.get("worklogs")).hasSize(2);
        Map<?, ?> fields = (Map<?, ?>) client.get("/rest/api/3/issue/" + key + "?fields=worklog,timespent,progress")
                .json().get("fields");
        assertThat(((Map<?, ?>) fields.get("worklog")).get("total")).isEqualTo(7);
        assertThat(fields.get("timespent")).isEqualTo(7 * 60);
        assertThat(jira.validationErrors()).isEmpty();
    }

    private String worklogs() {
        return "/rest/api/3/issue/" + key + "/worklog";
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> timeTracking() {
        Map<?, ?> fields = (Map<?, ?>) client.get("/rest/api/3/issue/" + key + "?fields=timetracking").json()
                .get("fields");
        return (Map<String, Object>) fields.get("timetracking");
    }
}
