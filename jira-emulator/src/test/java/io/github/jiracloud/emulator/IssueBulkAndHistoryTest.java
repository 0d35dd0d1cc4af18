package io.github.jiracloud.emulator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiracloud.emulator.data.AccountIds;
import io.github.jiracloud.emulator.data.field.CustomFieldType;
import io.github.jiracloud.emulator.support.JiraClient;
import io.github.jiracloud.emulator.support.Reply;
import io.github.jiracloud.emulator.validation.SpecCatalog;
import io.github.jiracloud.emulator.validation.SpecLocation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Bulk create, assignee, changelog paging and notify: the edge cases and that every answer conforms to the spec. */
class IssueBulkAndHistoryTest {

    private static final String ALICE = AccountIds.forEmail("alice@example.com");
    private static final ObjectMapper MAPPER = new ObjectMapper();

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

    @Test
    void bulkCreateAnswers201WithTheCreatedAndEachRefusedElementByItsNumber() {
        Reply reply = client.post("/rest/api/3/issue/bulk", Map.of("issueUpdates", List.of(
                update("First"), Map.of("fields", Map.of("project", Map.of("key", "OPS"))), update("Third"))));

        assertThat(reply.status()).isEqualTo(201);
        assertConforms("POST", "/rest/api/3/issue/bulk", reply);
        List<Map<String, Object>> issues = list(reply.json().get("issues"));
        assertThat(issues).hasSize(2);
        assertThat(issues.get(0)).containsKeys("id", "key", "self");
        List<Map<String, Object>> errors = list(reply.json().get("errors"));
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).containsEntry("failedElementNumber", 1).containsEntry("status", 400);
        assertThat(map(map(errors.get(0).get("elementErrors")).get("errors"))).containsKeys("summary", "issuetype");
        assertThat(jira.validationErrors()).isEmpty();
    }

    @Test
    void bulkCreateAnswers400WhenEveryElementFailsAndRefusesMoreThanFifty() {
        Reply allFailed = client.post("/rest/api/3/issue/bulk", Map.of("issueUpdates", List.of(
                Map.of("fields", Map.of("summary", "no project")))));
        List<Object> tooMany = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            tooMany.add(update("Too many " + i));
        }
        int before = jira.data().issueCount();
        Reply refused = client.post("/rest/api/3/issue/bulk", Map.of("issueUpdates", tooMany));

        assertThat(allFailed.status()).isEqualTo(400);
        assertConforms("POST", "/rest/api/3/issue/bulk", allFailed);
        assertThat(list(allFailed.json().get("issues"))).isEmpty();
        assertThat(list(allFailed.json().get("errors"))).hasSize(1);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorMessages().get(0)).contains("50");
        assertThat(jira.data().issueCount()).isEqualTo(before);
    }

    @Test
    void assigneeAssignsUnassignsAndRefusesUnknownUsers() {
        String key = createTask("Assignee");
        String path = "/rest/api/3/issue/" + key + "/assignee";

        Reply assigned = client.put(path, Map.of("accountId", ALICE));
        String assignee = (String) map(fields(key).get("assignee")).get("accountId");
        Reply unassigned = client.send("PUT", path, "{\"accountId\": null}", "application/json");
        Object afterUnassign = fields(key).get("assignee");
        Reply unknown = client.put(path, Map.of("accountId", "712020:nobody"));
        Reply missing = client.put(path, Map.of());
        Reply noIssue = client.put("/rest/api/3/issue/OPS-99999/assignee", Map.of("accountId", ALICE));

        assertThat(assigned.status()).isEqualTo(204);
        assertThat(assignee).isEqualTo(ALICE);
        assertThat(unassigned.status()).isEqualTo(204);
        assertThat(afterUnassign).isNull();
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errors()).containsKey("assignee");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(noIssue.status()).isEqualTo(404);
    }

    @Test
    void theChangelogPagesOldestFirstWithNextPageLinks() {
        String key = createTask("Paged history");
        client.put("/rest/api/3/issue/" + key, Map.of("fields", Map.of("summary", "Paged history 2")));
        client.put("/rest/api/3/issue/" + key + "/assignee", Map.of("accountId", ALICE));
        client.post("/rest/api/3/issue/" + key + "/transitions", Map.of("transition", Map.of("id", "21")));

        Reply first = client.get("/rest/api/3/issue/" + key + "/changelog?maxResults=2");
        Reply second = client.get("/rest/api/3/issue/" + key + "/changelog?startAt=2&maxResults=2");

        assertConforms("GET", "/rest/api/3/issue/" + key + "/changelog", first);
        assertThat(first.json()).containsEntry("total", 3).containsEntry("isLast", false).containsKey("nextPage");
        List<Map<String, Object>> values = list(first.json().get("values"));
        assertThat(values).hasSize(2);
        assertThat(list(values.get(0).get("items"))).extracting(item -> item.get("field")).contains("summary");
        assertThat(list(values.get(1).get("items"))).extracting(item -> item.get("field")).contains("assignee");
        assertThat(second.json()).containsEntry("isLast", true).doesNotContainKey("nextPage");
        assertThat(list(list(second.json().get("values")).get(0).get("items"))).extracting(item -> item.get("field"))
                .contains("status");
        assertThat(client.get("/rest/api/3/issue/OPS-99999/changelog").status()).isEqualTo(404);
    }

    @Test
    void notifyQueuesTheMailWithResolvedRecipientsAndRefusesInvalidOnes() {
        String key = createTask("Notify");
        String bob = AccountIds.forEmail("bob@example.com");
        client.put("/rest/api/3/issue/" + key + "/assignee", Map.of("accountId", ALICE));

        Reply sent = client.post("/rest/api/3/issue/" + key + "/notify", Map.of("htmlBody", "<b>Hi</b>",
                "to", Map.of("reporter", true, "assignee", true, "users", List.of(Map.of("accountId", bob)))));
        String carol = AccountIds.forEmail("carol@example.com");
        client.send("POST", "/rest/api/3/issue/" + key + "/watchers", "\"" + carol + "\"", "application/json");
        Reply toWatchers = client.post("/rest/api/3/issue/" + key + "/notify", Map.of("textBody", "watchers only"));
        Reply toCaller = client.post("/rest/api/3/issue/" + key + "/notify", Map.of("textBody", "me",
                "to", Map.of("users", List.of(Map.of("accountId", AccountIds.forEmail(JiraEmulator.DEMO_EMAIL))))));
        Reply toNobody = client.post("/rest/api/3/issue/" + key + "/notify", Map.of("textBody", "x",
                "to", Map.of("users", List.of(Map.of("accountId", "712020:nobody")))));

        assertThat(sent.status()).isEqualTo(204);
        assertThat(toWatchers.status()).isEqualTo(204);
        assertThat(jira.data().notifications(key)).hasSize(2).first().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo(key + " Notify");
            // the demo user reported the issue and is the caller: never mailed about their own action
            assertThat(mail.recipientIds()).containsExactlyInAnyOrder(ALICE, bob);
        });
        assertThat(jira.data().notifications(key).get(1).recipientIds()).containsExactly(carol);
        assertThat(toCaller.status()).isEqualTo(400);
        assertThat(toNobody.status()).isEqualTo(400);
        assertThat(jira.validationErrors()).isEmpty();
    }

    @Test
    void customFieldsAddedAtRuntimeAreListedAndSettable() {
        String id = jira.data().addCustomField("Release Train", CustomFieldType.SELECT, "Blue", "Red");

        List<Object> fields = client.get("/rest/api/3/field").jsonArray();
        Reply created = client.post("/rest/api/3/issue", Map.of("fields", Map.of("project", Map.of("key", "OPS"),
                "issuetype", Map.of("name", "Task"), "summary", "Train", id, Map.of("value", "Red"))));

        assertThat(fields.stream().map(field -> String.valueOf(((Map<?, ?>) field).get("id")))).contains(id);
        assertThat(created.status()).isEqualTo(201);
        assertThat(map(fields((String) created.json().get("key")).get(id))).containsEntry("value", "Red");
    }

    private static Map<String, Object> update(String summary) {
        return Map.of("fields", Map.of("project", Map.of("key", "OPS"), "issuetype", Map.of("name", "Task"),
                "summary", summary));
    }

    private static String createTask(String summary) {
        return (String) client.post("/rest/api/3/issue", update(summary)).json().get("key");
    }

    private static Map<String, Object> fields(String key) {
        return map(client.get("/rest/api/3/issue/" + key).json().get("fields"));
    }

    /** Jira answers null where the spec's schemas don't say nullable (its own changelog example does), so nulls go. */
    private static void assertConforms(String method, String path, Reply reply) {
        assertThat(spec.validateResponse(method, path, reply.status(), reply.header("content-type"),
                withoutNulls(reply.body()))).as(method + " " + path + " -> " + reply).isEmpty();
    }

    private static String withoutNulls(String json) {
        try {
            JsonNode tree = MAPPER.readTree(json);
            removeNulls(tree);
            return MAPPER.writeValueAsString(tree);
        } catch (Exception e) {
            return json;
        }
    }

    private static void removeNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().removeIf(member -> member.getValue().isNull());
            object.forEach(IssueBulkAndHistoryTest::removeNulls);
        } else if (node.isArray()) {
            node.forEach(IssueBulkAndHistoryTest::removeNulls);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? new HashMap<>() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
