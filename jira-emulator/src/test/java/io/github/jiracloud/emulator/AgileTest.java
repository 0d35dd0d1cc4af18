package io.github.jiracloud.emulator;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.emulator.support.JiraClient;
import io.github.jiracloud.emulator.support.Reply;
import io.github.jiracloud.emulator.validation.SpecCatalog;
import io.github.jiracloud.emulator.validation.SpecLocation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Jira Software Agile API: boards, sprints and their issues, with Jira's rules for sprints. */
class AgileTest {

    private static final String AGILE = "/rest/agile/1.0";

    private static JiraEmulator jira;
    private static JiraClient client;
    private static SpecCatalog spec;

    @BeforeAll
    static void start() {
        jira = JiraEmulator.builder().build().start();
        client = JiraClient.basic(jira);
        spec = SpecCatalog.load(SpecLocation.defaultDirectory());
    }

    @AfterAll
    static void stop() {
        jira.close();
    }

    @AfterEach
    void everyRequestMatchedTheSpec() {
        assertThat(jira.validationErrors()).isEmpty();
    }

    @Test
    void listsTheSeededBoardsWithFilters() {
        Reply all = client.get(AGILE + "/board");
        assertConforms("GET", AGILE + "/board", all);
        assertThat(all.json()).containsEntry("total", 3).containsEntry("isLast", true);
        assertThat(names(all)).containsExactly("OPS board", "DEV board", "DEV kanban");

        assertThat(names(client.get(AGILE + "/board?type=kanban"))).containsExactly("DEV kanban");
        assertThat(names(client.get(AGILE + "/board?projectKeyOrId=DEV&type=scrum,kanban")))
                .containsExactly("DEV board", "DEV kanban");
        assertThat(names(client.get(AGILE + "/board?projectKeyOrId=10000"))).containsExactly("OPS board");
        assertThat(names(client.get(AGILE + "/board?name=DEV&orderBy=name"))).containsExactly("DEV board",
                "DEV kanban");
        Reply page = client.get(AGILE + "/board?startAt=1&maxResults=1");
        assertThat(names(page)).containsExactly("DEV board");
        assertThat(page.json()).containsEntry("isLast", false).containsEntry("startAt", 1);
        assertThat(client.get(AGILE + "/board?projectKeyOrId=NOPE").status()).isEqualTo(400);
    }

    @Test
    void aBoardHasItsProjectAsLocation() {
        Reply board = client.get(AGILE + "/board/1");

        assertConforms("GET", AGILE + "/board/1", board);
        assertThat(board.json()).containsEntry("name", "OPS board").containsEntry("type", "scrum")
                .containsEntry("self", jira.baseUrl() + AGILE + "/board/1");
        assertThat(map(board.json().get("location"))).containsEntry("projectKey", "OPS").containsEntry("projectId",
                10000);
        Reply missing = client.get(AGILE + "/board/999");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.errorMessages()).singleElement().asString().contains("board cannot be viewed");
    }

    @Test
    void sprintsOfABoardComeByStateAndKanbanBoardsHaveNone() {
        assertThat(names(client.get(AGILE + "/board/1/sprint?state=active,future")))
                .startsWith("OPS Sprint 1", "OPS Sprint 2");
        assertThat(names(client.get(AGILE + "/board/2/sprint?state=active"))).containsExactly("DEV Sprint 1");
        Reply kanban = client.get(AGILE + "/board/3/sprint");
        assertThat(kanban.status()).isEqualTo(400);
        assertThat(kanban.errorMessages()).containsExactly("The board does not support sprints.");
        assertThat(client.get(AGILE + "/board/1/sprint?state=running").status()).isEqualTo(400);
    }

    @Test
    void aSprintLivesFromFutureThroughActiveToClosed() {
        Reply created = client.post(AGILE + "/sprint", Map.of("name", "  Lifecycle  ", "originBoardId", 1,
                "goal", "Prove the rules"));
        assertThat(created.status()).isEqualTo(201);
        long id = ((Number) created.json().get("id")).longValue();
        assertThat(created.json()).containsEntry("name", "Lifecycle").containsEntry("state", "future")
                .containsEntry("originBoardId", 1).containsEntry("self", jira.baseUrl() + AGILE + "/sprint/" + id)
                .doesNotContainKey("startDate");

        Reply startedTooSoon = client.post(AGILE + "/sprint/" + id, Map.of("state", "active"));
        assertThat(startedTooSoon.status()).isEqualTo(400);
        assertThat(startedTooSoon.errorMessages()).singleElement().asString().contains("start date and an end date");
        assertThat(client.post(AGILE + "/sprint/" + id, Map.of("state", "closed")).status()).isEqualTo(400);

        Reply started = client.post(AGILE + "/sprint/" + id, Map.of("state", "active",
                "startDate", "2026-03-02T09:00:00.000+01:00", "endDate", "2026-03-16T09:00:00.000+0100"));
        assertThat(started.status()).isEqualTo(200);
        assertThat(started.json()).containsEntry("state", "active").containsEntry("name", "Lifecycle")
                .containsEntry("startDate", "2026-03-02T08:00:00.000Z")
                .containsEntry("endDate", "2026-03-16T08:00:00.000Z");
        assertThat(client.post(AGILE + "/sprint/" + id, Map.of("state", "future")).status()).isEqualTo(400);

        Reply closed = client.post(AGILE + "/sprint/" + id, Map.of("state", "closed"));
        assertThat(closed.json()).containsEntry("state", "closed").containsKey("completeDate");
        Reply renamed = client.post(AGILE + "/sprint/" + id, Map.of("name", "Too late"));
        assertThat(renamed.status()).isEqualTo(400);
        assertThat(renamed.errorMessages()).containsExactly("Sprints that are in a closed state cannot be updated.");
        assertThat(client.get(AGILE + "/sprint/" + id).json()).containsEntry("name", "Lifecycle");
    }

    @Test
    void createRefusesWhatJiraRefuses() {
        Reply noName = client.post(AGILE + "/sprint", Map.of("originBoardId", 1, "startDate", "soon"));
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.errors()).containsKeys("name", "startDate");
        assertThat(client.post(AGILE + "/sprint", Map.of("name", "x", "originBoardId", 999)).status()).isEqualTo(404);
        assertThat(client.post(AGILE + "/sprint", Map.of("name", "x", "originBoardId", 3)).status()).isEqualTo(400);
        Reply backwards = client.post(AGILE + "/sprint", Map.of("name", "x", "originBoardId", 1,
                "startDate", "2026-03-16", "endDate", "2026-03-02"));
        assertThat(backwards.errors()).containsKey("endDate");
        assertThat(client.get(AGILE + "/sprint/999").status()).isEqualTo(404);
    }

    @Test
    void movedIssuesAreInTheSprintFieldSoJqlFindsThem() {
        List<String> keys = jira.data().createIssues("DEV", 3);
        long id = newSprint(2, "JQL sprint");

        assertThat(client.post(AGILE + "/sprint/" + id + "/issue", Map.of("issues", keys)).status()).isEqualTo(204);

        assertThat(issueKeys(client.get(AGILE + "/sprint/" + id + "/issue"))).containsExactlyElementsOf(keys);
        assertThat(searchKeys("sprint = " + id)).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(searchKeys("sprint in futureSprints() AND sprint = \"JQL sprint\"")).hasSize(3);
        assertThat(searchKeys("sprint in openSprints() AND key = " + keys.get(0))).containsExactly(keys.get(0));
        Map<String, Object> fields = map(jira.data().issue(keys.get(0)).orElseThrow().get("fields"));
        assertThat(fields.get("customfield_10020").toString()).contains("JQL sprint");

        // Starting the sprint shows at once in JQL: search views are rebuilt with the sprint's new state.
        client.post(AGILE + "/sprint/" + id,
                Map.of("state", "active", "startDate", "2026-03-02", "endDate", "2026-03-16"));
        assertThat(searchKeys("sprint in futureSprints() AND sprint = " + id)).isEmpty();
        client.post(AGILE + "/sprint/" + id, Map.of("state", "closed"));
        assertThat(searchKeys("sprint in closedSprints() AND sprint = " + id)).hasSize(3);
        assertThat(searchKeys("sprint in openSprints() AND sprint = " + id)).isEmpty();
    }

    @Test
    void movingTakesAnIssueOutOfItsOtherOpenSprint() {
        String key = jira.data().createIssues("OPS", 1).get(0);
        long first = newSprint(1, "First");
        long second = newSprint(1, "Second");
        client.post(AGILE + "/sprint/" + first + "/issue", Map.of("issues", List.of(key)));
        client.post(AGILE + "/sprint/" + second + "/issue", Map.of("issues", List.of(key)));

        assertThat(issueKeys(client.get(AGILE + "/sprint/" + first + "/issue"))).isEmpty();
        Reply inSecond = client.get(AGILE + "/sprint/" + second + "/issue");
        assertThat(issueKeys(inSecond)).containsExactly(key);
        Map<String, Object> fields = map(((List<?>) inSecond.json().get("issues")).get(0));
        assertThat(map(fields.get("fields")).get("sprint")).asString().contains("Second");
    }

    @Test
    void movesAreLimitedToFiftyKnownIssuesInAnOpenSprint() {
        List<String> keys = jira.data().createIssues("OPS", 51);
        long id = newSprint(1, "Limits");

        Reply tooMany = client.post(AGILE + "/sprint/" + id + "/issue", Map.of("issues", keys));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.errorMessages()).singleElement().asString().contains("At most 50");
        Reply unknown = client.post(AGILE + "/sprint/" + id + "/issue",
                Map.of("issues", List.of(keys.get(0), "OPS-99999")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorMessages()).singleElement().asString().contains("OPS-99999");
        assertThat(issueKeys(client.get(AGILE + "/sprint/" + id + "/issue"))).isEmpty();
        assertThat(client.post(AGILE + "/sprint/999/issue", Map.of("issues", List.of(keys.get(0)))).status())
                .isEqualTo(404);
    }

    @Test
    void sprintIssuesComeFiftyAPage() {
        List<String> keys = jira.data().createIssues("OPS", 120);
        long id = newSprint(1, "Big");
        for (int from = 0; from < keys.size(); from += 50) {
            client.post(AGILE + "/sprint/" + id + "/issue",
                    Map.of("issues", keys.subList(from, Math.min(keys.size(), from + 50))));
        }

        List<String> seen = new ArrayList<>();
        for (int startAt = 0; startAt < 120; startAt += 50) {
            Reply page = client.get(AGILE + "/sprint/" + id + "/issue?startAt=" + startAt + "&maxResults=100");
            assertThat(page.json()).containsEntry("total", 120).containsEntry("maxResults", 50);
            seen.addAll(issueKeys(page));
        }
        assertThat(seen).containsExactlyElementsOf(keys);
    }

    @Test
    void theBacklogHoldsUnplannedUndoneIssues() {
        List<String> keys = jira.data().createIssues("DEV", 3);
        long id = newSprint(2, "Planned");
        client.post(AGILE + "/sprint/" + id + "/issue", Map.of("issues", List.of(keys.get(0))));
        client.post("/rest/api/3/issue/" + keys.get(1) + "/transitions", Map.of("transition", Map.of("id", "31")));

        String backlog = AGILE + "/board/2/backlog?maxResults=50&jql="
                + encode("key in (" + String.join(",", keys) + ")");
        assertThat(issueKeys(client.get(backlog))).containsExactly(keys.get(2));
        String board = AGILE + "/board/2/issue?fields=summary,status&jql=" + encode("key in (" + String.join(",", keys)
                + ") ORDER BY key DESC");
        Reply onBoard = client.get(board);
        assertThat(issueKeys(onBoard)).containsExactly(keys.get(2), keys.get(1), keys.get(0));
        assertThat(map(map(((List<?>) onBoard.json().get("issues")).get(0)).get("fields"))).containsOnlyKeys("summary",
                "status");
    }

    @Test
    void scrumBoardsLeaveEpicsOut() {
        List<String> onScrum = issueKeys(client.get(AGILE + "/board/2/issue?jql=" + encode("issuetype = Epic")));
        List<String> onKanban = issueKeys(client.get(AGILE + "/board/3/issue?jql=" + encode("issuetype = Epic")));

        assertThat(onScrum).isEmpty();
        assertThat(onKanban).isNotEmpty();
        assertThat(client.get(AGILE + "/board/2/issue?jql=" + encode("project = ")).status()).isEqualTo(400);
    }

    private static long newSprint(int boardId, String name) {
        Reply created = client.post(AGILE + "/sprint", Map.of("name", name, "originBoardId", boardId));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return ((Number) created.json().get("id")).longValue();
    }

    private static List<String> searchKeys(String jql) {
        Reply reply = client.post("/rest/api/3/search/jql",
                Map.of("jql", jql, "fields", List.of("key"), "maxResults", 500));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return issueKeys(reply);
    }

    private static List<String> issueKeys(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return ((List<?>) reply.json().get("issues")).stream().map(issue -> (String) map(issue).get("key")).toList();
    }

    private static List<String> names(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return ((List<?>) reply.json().get("values")).stream().map(value -> (String) map(value).get("name")).toList();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static void assertConforms(String method, String path, Reply reply) {
        assertThat(spec.validateResponse(method, path, reply.status(), reply.header("content-type"), reply.body()))
                .as(method + " " + path + " -> " + reply).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
