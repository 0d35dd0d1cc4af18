package io.github.jiracloud.emulator;

import java.util.List;
import java.util.Map;

import io.github.jiracloud.emulator.support.Adf;
import io.github.jiracloud.emulator.support.JiraClient;
import io.github.jiracloud.emulator.support.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue links as Jira keeps them: one link, seen from each end, with history on both, and watchers. */
class IssueLinkTest {

    private static JiraEmulator jira;
    private static JiraClient client;

    @BeforeAll
    static void start() {
        jira = JiraEmulator.builder().seedDemoData(false).build().start();
        client = JiraClient.basic(jira);
    }

    @AfterAll
    static void stop() {
        jira.close();
    }

    @Test
    void aLinkShowsOnBothIssuesFromTheirOwnSide() {
        String blocker = newIssue("Blocker");
        String blocked = newIssue("Blocked");

        Reply created = client.post("/rest/api/3/issueLink", Map.of("type", Map.of("name", "Blocks"),
                "inwardIssue", Map.of("key", blocker), "outwardIssue", Map.of("key", blocked)));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).isEmpty();
        Map<String, Object> fromBlocker = single(issueLinks(blocker));
        Map<String, Object> fromBlocked = single(issueLinks(blocked));
        assertThat(fromBlocker).containsKeys("id", "self", "type", "outwardIssue").doesNotContainKey("inwardIssue");
        assertThat(map(fromBlocker.get("outwardIssue"))).containsEntry("key", blocked);
        assertThat(map(map(fromBlocker.get("outwardIssue")).get("fields"))).containsEntry("summary", "Blocked");
        assertThat(map(fromBlocked.get("inwardIssue"))).containsEntry("key", blocker);
        assertThat(fromBlocked.get("id")).isEqualTo(fromBlocker.get("id"));

        Map<String, Object> link = client.get("/rest/api/3/issueLink/" + fromBlocker.get("id")).json();
        assertThat(map(link.get("inwardIssue"))).containsEntry("key", blocker);
        assertThat(map(link.get("outwardIssue"))).containsEntry("key", blocked);
        assertThat(map(link.get("type"))).containsEntry("inward", "is blocked by").containsEntry("outward", "blocks");
        assertThat(lastHistoryItem(blocker)).containsEntry("field", "Link").containsEntry("to", blocked)
                .containsEntry("toString", "This issue blocks " + blocked);
        assertThat(lastHistoryItem(blocked)).containsEntry("toString", "This issue is blocked by " + blocker);
        assertThat(jira.validationErrors()).isEmpty();
    }

    @Test
    void aRepeatedLinkIsNotDuplicatedButItsCommentIsAdded() {
        String a = newIssue("A");
        String b = newIssue("B");
        Map<String, Object> request = Map.of("type", Map.of("id", "10003"), "inwardIssue", Map.of("key", a),
                "outwardIssue", Map.of("key", b), "comment", Map.of("body", Adf.doc("Related.")));

        assertThat(client.post("/rest/api/3/issueLink", request).status()).isEqualTo(201);
        assertThat(client.post("/rest/api/3/issueLink", request).status()).isEqualTo(201);

        assertThat(issueLinks(a)).hasSize(1);
        assertThat(jira.data().comments(a)).hasSize(2);
        assertThat(jira.data().comments(b)).isEmpty();
    }

    @Test
    void deletingALinkRemovesItFromBothIssues() {
        String a = newIssue("A");
        String b = newIssue("B");
        client.post("/rest/api/3/issueLink", Map.of("type", Map.of("name", "cloners"),
                "inwardIssue", Map.of("key", a), "outwardIssue", Map.of("key", b)));
        Object id = single(issueLinks(a)).get("id");

        assertThat(client.delete("/rest/api/3/issueLink/" + id).status()).isEqualTo(204);

        assertThat(issueLinks(a)).isEmpty();
        assertThat(issueLinks(b)).isEmpty();
        assertThat(lastHistoryItem(a)).containsEntry("from", b).containsEntry("fromString", "This issue clones " + b);
        assertThat(client.get("/rest/api/3/issueLink/" + id).status()).isEqualTo(404);
        assertThat(client.delete("/rest/api/3/issueLink/" + id).status()).isEqualTo(404);
    }

    @Test
    void refusesUnknownTypesUnknownIssuesSelfLinksAndBadComments() {
        String a = newIssue("A");
        String b = newIssue("B");

        Reply unknownType = client.post("/rest/api/3/issueLink", Map.of("type", Map.of("name", "Fixes"),
                "inwardIssue", Map.of("key", a), "outwardIssue", Map.of("key", b)));
        Reply unknownIssue = client.post("/rest/api/3/issueLink", Map.of("type", Map.of("name", "Blocks"),
                "inwardIssue", Map.of("key", a), "outwardIssue", Map.of("key", "OPS-99999")));
        Reply self = client.post("/rest/api/3/issueLink", Map.of("type", Map.of("name", "Blocks"),
                "inwardIssue", Map.of("key", a), "outwardIssue", Map.of("key", a)));
        Reply badComment = client.post("/rest/api/3/issueLink", Map.of("type", Map.of("name", "Blocks"),
                "inwardIssue", Map.of("key", a), "outwardIssue", Map.of("key", b), "comment", Map.of("body", "plain")));
        Reply noType = client.post("/rest/api/3/issueLink", Map.of("inwardIssue", Map.of("key", a),
                "outwardIssue", Map.of("key", b)));

        assertThat(unknownType.status()).isEqualTo(404);
        assertThat(unknownType.errorMessages()).containsExactly("No issue link type with name 'Fixes' found.");
        assertThat(unknownIssue.status()).isEqualTo(404);
        assertThat(self.status()).isEqualTo(400);
        assertThat(badComment.status()).isEqualTo(400);
        assertThat(noType.status()).isEqualTo(400);
        assertThat(issueLinks(a)).isEmpty();
        jira.clearValidationErrors();
    }

    @Test
    void listsTheFourStandardLinkTypes() {
        Map<String, Object> types = client.get("/rest/api/3/issueLinkType").json();

        assertThat(list(types.get("issueLinkTypes"))).extracting(type -> type.get("name"))
                .containsExactly("Blocks", "Cloners", "Duplicate", "Relates");
        assertThat(client.get("/rest/api/3/issueLinkType/10002").json()).containsEntry("outward", "duplicates");
        assertThat(client.get("/rest/api/3/issueLinkType/1").status()).isEqualTo(404);
    }

    @Test
    void watchersAreAddedOnceListedAndRemoved() {
        String key = newIssue("Watched");
        String me = (String) client.get("/rest/api/3/myself").json().get("accountId");
        String bob = jira.data().addUser("bob.watcher@example.com", "Bob Watcher");

        assertThat(client.send("POST", "/rest/api/3/issue/" + key + "/watchers", "\"" + bob + "\"",
                "application/json").status()).isEqualTo(204);
        client.send("POST", "/rest/api/3/issue/" + key + "/watchers", "\"" + me + "\"", "application/json");
        client.send("POST", "/rest/api/3/issue/" + key + "/watchers", "\"" + me + "\"", "application/json");

        Map<String, Object> watchers = client.get("/rest/api/3/issue/" + key + "/watchers").json();
        assertThat(watchers).containsEntry("watchCount", 2).containsEntry("isWatching", true);
        assertThat(list(watchers.get("watchers"))).extracting(user -> user.get("accountId"))
                .containsExactly(bob, me);
        assertThat(map(map(jira.data().issue(key).orElseThrow().get("fields")).get("watches")))
                .containsEntry("watchCount", 2);

        assertThat(client.delete("/rest/api/3/issue/" + key + "/watchers?accountId=" + me).status()).isEqualTo(204);
        assertThat(client.get("/rest/api/3/issue/" + key + "/watchers").json()).containsEntry("watchCount", 1)
                .containsEntry("isWatching", false);
        assertThat(client.delete("/rest/api/3/issue/" + key + "/watchers").status()).isEqualTo(400);
        assertThat(client.send("POST", "/rest/api/3/issue/" + key + "/watchers", "\"712020:nobody\"",
                "application/json").status()).isEqualTo(404);
        jira.clearValidationErrors();
    }

    private static String newIssue(String summary) {
        return jira.data().createIssue(Map.of("project", Map.of("key", "OPS"), "issuetype", Map.of("name", "Task"),
                "summary", summary));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> issueLinks(String key) {
        return (List<Map<String, Object>>) map(client.get("/rest/api/3/issue/" + key + "?fields=issuelinks").json()
                .get("fields")).get("issuelinks");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> lastHistoryItem(String key) {
        Map<String, Object> changelog = map(client.get("/rest/api/3/issue/" + key + "?expand=changelog").json()
                .get("changelog"));
        Map<String, Object> newest = ((List<Map<String, Object>>) changelog.get("histories")).get(0);
        return ((List<Map<String, Object>>) newest.get("items")).get(0);
    }

    private static Map<String, Object> single(List<Map<String, Object>> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
