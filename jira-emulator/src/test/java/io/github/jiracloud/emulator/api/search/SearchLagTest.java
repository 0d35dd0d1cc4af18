package io.github.jiracloud.emulator.api.search;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.SettableClock;
import io.github.jiracloud.emulator.support.JiraClient;
import io.github.jiracloud.emulator.support.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Search lags writes by the index lag, on the emulator's clock; reconcileIssues and direct reads don't lag. */
class SearchLagTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-01T09:00:00Z"));
    private JiraEmulator jira;
    private JiraClient client;

    @BeforeEach
    void start() {
        jira = JiraEmulator.builder().clock(clock).seedDemoData(false).searchLag(Duration.ofSeconds(5)).build()
                .start();
        client = JiraClient.basic(jira);
    }

    @AfterEach
    void stop() {
        jira.close();
    }

    @Test
    void aCreatedIssueShowsInSearchOnlyAfterTheLagButCanBeReadAtOnce() {
        String id = create("Disk full");

        assertThat(client.get("/rest/api/3/issue/" + id).status()).isEqualTo(200);
        assertThat(comments(id).status()).isEqualTo(200);
        assertThat(searchIds("project = OPS")).isEmpty();
        assertThat(count("project = OPS")).isZero();

        clock.advance(Duration.ofSeconds(4));
        assertThat(searchIds("project = OPS")).isEmpty();

        clock.advance(Duration.ofSeconds(1));
        assertThat(searchIds("project = OPS")).containsExactly(id);
        assertThat(count("project = OPS")).isEqualTo(1);
    }

    @Test
    void reconcileIssuesReadsTheNamedIssuesAsTheyAreNow() {
        String first = create("First");
        String second = create("Second");

        assertThat(searchIds("project = OPS", Long.parseLong(first))).containsExactly(first);
        String query = "/rest/api/3/search/jql?jql=project%20%3D%20OPS&reconcileIssues=" + first + "&reconcileIssues="
                + second;
        assertThat(ids(client.get(query).json())).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void searchSeesTheOldVersionOfAChangedIssueUntilTheLagHasPassed() {
        String id = create("Printer jammed");
        clock.advance(Duration.ofSeconds(5));

        assertThat(client.put("/rest/api/3/issue/" + id, Map.of("fields", Map.of("summary", "Printer on fire")))
                .status()).isEqualTo(204);

        assertThat(searchIds("project = OPS AND summary ~ jammed")).containsExactly(id);
        assertThat(searchIds("project = OPS AND summary ~ fire")).isEmpty();
        assertThat(searchIds("project = OPS AND summary ~ fire", Long.parseLong(id))).containsExactly(id);
        assertThat(searchIds("project = OPS AND summary ~ jammed", Long.parseLong(id))).isEmpty();

        clock.advance(Duration.ofSeconds(5));
        assertThat(searchIds("project = OPS AND summary ~ fire")).containsExactly(id);
        assertThat(searchIds("project = OPS AND summary ~ jammed")).isEmpty();
    }

    @Test
    void searchShowsTheFieldsAsTheIndexHoldsThem() {
        String id = create("Before");
        clock.advance(Duration.ofSeconds(5));
        client.put("/rest/api/3/issue/" + id, Map.of("fields", Map.of("summary", "After")));

        assertThat(summaries("project = OPS")).containsExactly("Before");
        assertThat(summaries("project = OPS", Long.parseLong(id))).containsExactly("After");
        clock.advance(Duration.ofSeconds(5));
        assertThat(summaries("project = OPS")).containsExactly("After");
    }

    @Test
    void aDeletedIssueStaysInSearchUntilTheLagHasPassed() {
        String id = create("Short-lived");
        clock.advance(Duration.ofSeconds(5));

        assertThat(client.delete("/rest/api/3/issue/" + id).status()).isEqualTo(204);

        assertThat(client.get("/rest/api/3/issue/" + id).status()).isEqualTo(404);
        assertThat(searchIds("project = OPS")).containsExactly(id);
        assertThat(searchIds("project = OPS", Long.parseLong(id))).isEmpty();
        clock.advance(Duration.ofSeconds(5));
        assertThat(searchIds("project = OPS")).isEmpty();
    }

    @Test
    void aMinuteOfLagPassesWithTheClockNotTheWall() {
        jira.controls().searchLag(Duration.ofMinutes(1));
        String id = create("Slow index");

        clock.advance(Duration.ofSeconds(59));
        assertThat(searchIds("project = OPS")).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(searchIds("project = OPS")).containsExactly(id);
    }

    @Test
    void agileIssueListsLagToo() {
        String id = create("On the board");

        assertThat(boardIssueIds()).doesNotContain(id);
        clock.advance(Duration.ofSeconds(5));
        assertThat(boardIssueIds()).contains(id);
    }

    @Test
    void noLagMakesEveryWriteVisibleAtOnce() {
        String id = create("Visible");
        assertThat(searchIds("project = OPS")).isEmpty();

        jira.controls().searchLag(Duration.ZERO);

        assertThat(searchIds("project = OPS")).containsExactly(id);
        String next = create("At once");
        assertThat(searchIds("project = OPS")).containsExactly(next, id);
    }

    @Test
    void whatExistedAtStartIsAlreadyIndexed() {
        try (JiraEmulator seeded = JiraEmulator.builder().clock(clock).searchLag(Duration.ofMinutes(5)).build()
                .start()) {
            Map<String, Object> page = JiraClient.basic(seeded).post("/rest/api/3/search/jql",
                    Map.of("jql", "project = OPS", "maxResults", 5)).json();
            assertThat((List<?>) page.get("issues")).isNotEmpty();
        }
    }

    @Test
    void reconcileIssuesTakesAtMostFiftyIds() {
        Reply refused = client.post("/rest/api/3/search/jql", Map.of("jql", "project = OPS",
                "reconcileIssues", LongStream.rangeClosed(10000, 10050).boxed().toList()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorMessages()).containsExactly(ReconcileIssues.TOO_MANY);
        assertThat(client.post("/rest/api/3/search/jql", Map.of("jql", "project = OPS",
                "reconcileIssues", LongStream.rangeClosed(10000, 10049).boxed().toList())).status()).isEqualTo(200);
    }

    @Test
    void theLagCannotBeNegative() {
        assertThatThrownBy(() -> jira.controls().searchLag(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    }

    @Test
    void manyWritesToOneIssueEachBecomeVisibleInTurn() {
        String id = create("v0");
        IntStream.rangeClosed(1, 5).forEach(version -> {
            clock.advance(Duration.ofSeconds(1));
            client.put("/rest/api/3/issue/" + id, Map.of("fields", Map.of("summary", "v" + version)));
        });

        // Now: v0 at 0 s, v1..v5 at 1..5 s; search sees what was written 5 s ago.
        assertThat(searchIds("project = OPS AND summary ~ v0")).containsExactly(id);
        clock.advance(Duration.ofSeconds(2));
        assertThat(searchIds("project = OPS AND summary ~ v2")).containsExactly(id);
        clock.advance(Duration.ofSeconds(3));
        assertThat(searchIds("project = OPS AND summary ~ v5")).containsExactly(id);
    }

    private String create(String summary) {
        Reply created = client.post("/rest/api/3/issue", Map.of("fields", Map.of("project", Map.of("key", "OPS"),
                "issuetype", Map.of("name", "Task"), "summary", summary)));
        assertThat(created.status()).isEqualTo(201);
        return (String) created.json().get("id");
    }

    private Reply comments(String id) {
        return client.get("/rest/api/3/issue/" + id + "/comment");
    }

    private List<String> searchIds(String jql, long... reconcile) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("jql", jql + " ORDER BY key DESC");
        if (reconcile.length > 0) {
            body.put("reconcileIssues", LongStream.of(reconcile).boxed().toList());
        }
        Reply reply = client.post("/rest/api/3/search/jql", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return ids(reply.json());
    }

    private List<Object> summaries(String jql, long... reconcile) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("jql", jql);
        body.put("fields", List.of("summary"));
        if (reconcile.length > 0) {
            body.put("reconcileIssues", LongStream.of(reconcile).boxed().toList());
        }
        return ((List<?>) client.post("/rest/api/3/search/jql", body).json().get("issues")).stream()
                .<Object> map(issue -> ((Map<?, ?>) ((Map<?, ?>) issue).get("fields")).get("summary")).toList();
    }

    private long count(String jql) {
        return ((Number) client.post("/rest/api/3/search/approximate-count", Map.of("jql", jql)).json().get("count"))
                .longValue();
    }

    private List<String> boardIssueIds() {
        return ids(client.get("/rest/agile/1.0/board/1/issue?fields=summary").json());
    }

    private static List<String> ids(Map<String, Object> page) {
        return ((List<?>) page.get("issues")).stream().map(issue -> (String) ((Map<?, ?>) issue).get("id")).toList();
    }
}
