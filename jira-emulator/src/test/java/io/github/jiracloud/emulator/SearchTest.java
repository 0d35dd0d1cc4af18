package io.github.jiracloud.emulator;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.emulator.support.JiraClient;
import io.github.jiracloud.emulator.support.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.github.jiracloud.emulator.IssueTest.map;
import static org.assertj.core.api.Assertions.assertThat;

class SearchTest {

    private static final int DEV_ISSUES = 120;

    private static JiraEmulator jira;
    private static JiraClient client;

    @BeforeAll
    static void start() {
        jira = JiraEmulator.builder().seedDemoData(false).build().start();
        client = JiraClient.basic(jira);
        jira.data().createIssues("DEV", DEV_ISSUES);
        jira.data().createIssues("OPS", 3);
    }

    @AfterAll
    static void stop() {
        jira.close();
    }

    @Test
    void pagesThroughAllResultsWithNextPageTokens() {
        List<String> keys = new ArrayList<>();
        String token = null;
        int pages = 0;
        boolean last = false;
        while (!last) {
            String path = "/rest/api/3/search/jql?jql=" + encode("project = DEV ORDER BY key ASC")
                    + "&maxResults=50&fields=summary" + (token == null ? "" : "&nextPageToken=" + encode(token));
            Map<String, Object> page = client.get(path).json();
            for (Object issue : (List<?>) page.get("issues")) {
                keys.add((String) map(issue).get("key"));
                assertThat(map(map(issue).get("fields"))).containsOnlyKeys("summary");
            }
            last = (Boolean) page.get("isLast");
            token = (String) page.get("nextPageToken");
            assertThat(token == null).isEqualTo(last);
            pages++;
        }

        assertThat(pages).isEqualTo(3);
        assertThat(keys).hasSize(DEV_ISSUES).doesNotHaveDuplicates().startsWith("DEV-1", "DEV-2", "DEV-3")
                .endsWith("DEV-120");
    }

    @Test
    void pagingIsStableWhileIssuesAreCreated() {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("jql", "project = DEV ORDER BY created DESC",
                "maxResults", 40, "fields", List.of("key")));
        List<Object> ids = new ArrayList<>();
        Map<String, Object> page = client.post("/rest/api/3/search/jql", body).json();
        ids.addAll((List<?>) page.get("issues"));
        jira.data().createIssues("DEV", 5);
        while (page.get("nextPageToken") != null) {
            body.put("nextPageToken", page.get("nextPageToken"));
            page = client.post("/rest/api/3/search/jql", body).json();
            ids.addAll((List<?>) page.get("issues"));
        }

        assertThat(ids).hasSizeGreaterThanOrEqualTo(DEV_ISSUES).doesNotHaveDuplicates();
    }

    @Test
    void withoutFieldsOnlyIdsComeBack() {
        Reply reply = client.post("/rest/api/3/search/jql", Map.of("jql", "project = OPS"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat((List<?>) reply.json().get("issues")).hasSize(3)
                .allSatisfy(issue -> assertThat(map(issue)).containsOnlyKeys("id"));
        assertThat(reply.json()).containsEntry("isLast", true).doesNotContainKey("nextPageToken");
    }

    @Test
    void theRetiredSearchIsGone() {
        Reply get = client.get("/rest/api/3/search?jql=project%3DOPS");
        Reply post = client.post("/rest/api/3/search", Map.of("jql", "project = OPS"));

        assertThat(get.status()).isEqualTo(410);
        assertThat(post.status()).isEqualTo(410);
        assertThat(get.errorMessages().get(0)).contains("/rest/api/3/search/jql");
    }

    @Test
    void invalidAndUnboundedJqlAre400() {
        Reply invalid = client.post("/rest/api/3/search/jql", Map.of("jql", "project = "));
        Reply unbounded = client.post("/rest/api/3/search/jql", Map.of("jql", "ORDER BY key"));

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.errorMessages().get(0)).startsWith("Error in the JQL Query");
        assertThat(unbounded.status()).isEqualTo(400);
        assertThat(unbounded.errorMessages().get(0)).contains("Unbounded JQL");
    }

    @Test
    void aBadPageTokenIs400() {
        Reply reply = client.post("/rest/api/3/search/jql", Map.of("jql", "project = DEV", "nextPageToken", "bogus"));

        assertThat(reply.status()).isEqualTo(400);
    }

    @Test
    void approximateCountCountsMatches() {
        Reply reply = client.post("/rest/api/3/search/approximate-count", Map.of("jql", "project = OPS"));

        assertThat(reply.json()).containsEntry("count", 3);
    }

    @Test
    void searchSeesFieldValuesAndProperties() {
        Reply created = client.post("/rest/api/3/issue", Map.of("fields", IssueTest.fields("summary", "Needle",
                "labels", List.of("findme")), "properties",
                List.of(Map.of("key", "sync", "value", Map.of("state", "ok")))));
        String key = (String) created.json().get("key");

        Reply byLabel = client.post("/rest/api/3/search/jql",
                Map.of("jql", "labels = findme", "fields", List.of("summary")));
        Reply byProperty = client.post("/rest/api/3/search/jql",
                Map.of("jql", "issue.property[sync].state = ok", "fields", List.of("summary")));

        assertThat((List<?>) byLabel.json().get("issues")).extracting(issue -> map(issue).get("key"))
                .containsExactly(key);
        assertThat((List<?>) byProperty.json().get("issues")).extracting(issue -> map(issue).get("key"))
                .containsExactly(key);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
