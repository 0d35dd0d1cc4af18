package io.github.jiracloud.emulator.api.agile;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.SettableClock;
import io.github.jiracloud.emulator.support.JiraClient;
import io.github.jiracloud.emulator.support.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Jira Software's enhanced issue lists (/rest/software/1.0): token paging, reconcileIssues, approximate counts. */
class SoftwareIssuesTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-01T09:00:00Z"));
    private JiraEmulator jira;
    private JiraClient client;

    @BeforeEach
    void start() {
        jira = JiraEmulator.builder().clock(clock).build().start();
        client = JiraClient.basic(jira);
    }

    @AfterEach
    void stop() {
        jira.close();
    }

    @Test
    void aBoardsIssuesComeInTokenPagesWithoutATotal() {
        jira.data().createIssues("OPS", 30);
        int count = count("/rest/software/1.0/board/1/issue/approximate-count");

        List<Object> keys = new ArrayList<>();
        String token = null;
        int pages = 0;
        while (true) {
            Map<String, Object> page = client.get("/rest/software/1.0/board/1/issue?maxResults=7&fields=summary"
                    + (token == null ? "" : "&nextPageToken=" + token)).json();
            assertThat(page).doesNotContainKeys("total", "startAt");
            ((List<?>) page.get("issues")).forEach(issue -> keys.add(((Map<?, ?>) issue).get("key")));
            pages++;
            token = (String) page.get("nextPageToken");
            assertThat(token == null).isEqualTo(page.get("isLast"));
            if (token == null) {
                break;
            }
        }

        assertThat(keys).hasSize(count).doesNotHaveDuplicates();
        assertThat(pages).isEqualTo((count + 6) / 7);
        assertThat(client.get("/rest/software/1.0/board/1/issue?nextPageToken=%21%21").status()).isEqualTo(400);
    }

    @Test
    void theBacklogAndItsCountLagWritesAndReconcileIssuesSeesThemAtOnce() {
        jira.controls().searchLag(Duration.ofSeconds(10));
        int before = count("/rest/software/1.0/board/1/backlog/approximate-count");
        Reply created = client.post("/rest/api/3/issue", Map.of("fields", Map.of("project", Map.of("key", "OPS"),
                "issuetype", Map.of("name", "Task"), "summary", "New in the backlog")));
        String id = (String) created.json().get("id");

        assertThat(count("/rest/software/1.0/board/1/backlog/approximate-count")).isEqualTo(before);
        assertThat(ids("/rest/software/1.0/board/1/backlog?maxResults=50")).doesNotContain(id);
        assertThat(ids("/rest/software/1.0/board/1/backlog?maxResults=50&reconcileIssues=" + id)).contains(id);

        clock.advance(Duration.ofSeconds(10));
        assertThat(count("/rest/software/1.0/board/1/backlog/approximate-count")).isEqualTo(before + 1);
    }

    @Test
    void sprintAndEpicListsNameTheirIssues() {
        List<String> sprintOne = ids("/rest/software/1.0/sprint/1/issue");
        assertThat(ids("/rest/software/1.0/board/1/sprint/1/issue")).containsExactlyElementsOf(sprintOne);
        assertThat(client.get("/rest/software/1.0/board/2/sprint/1/issue").status()).as("sprint 1 is OPS's")
                .isEqualTo(404);

        String epic = jira.data().createIssue(Map.of("project", Map.of("key", "DEV"), "issuetype",
                Map.of("name", "Epic"), "summary", "An epic"));
        String story = jira.data().createIssue(Map.of("project", Map.of("key", "DEV"), "issuetype",
                Map.of("name", "Story"), "summary", "In the epic", "parent", Map.of("key", epic)));
        String storyId = (String) jira.data().issue(story).orElseThrow().get("id");
        assertThat(ids("/rest/software/1.0/epic/" + epic + "/issue")).containsExactly(storyId);
        assertThat(ids("/rest/software/1.0/epic/none/issue?jql=project%20%3D%20DEV")).doesNotContain(storyId);
        assertThat(client.get("/rest/software/1.0/epic/" + story + "/issue").status()).isEqualTo(404);
        assertThat(jira.validationErrors()).isEmpty();
    }

    private int count(String path) {
        return ((Number) client.get(path).json().get("count")).intValue();
    }

    private List<String> ids(String path) {
        Reply reply = client.get(path);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return ((List<?>) reply.json().get("issues")).stream().map(issue -> (String) ((Map<?, ?>) issue).get("id"))
                .toList();
    }
}
