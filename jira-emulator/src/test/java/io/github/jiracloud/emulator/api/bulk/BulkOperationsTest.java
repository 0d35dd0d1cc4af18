package io.github.jiracloud.emulator.api.bulk;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.SettableClock;
import io.github.jiracloud.emulator.data.AccountIds;
import io.github.jiracloud.emulator.support.JiraClient;
import io.github.jiracloud.emulator.support.Reply;
import io.github.jiracloud.emulator.validation.SpecCatalog;
import io.github.jiracloud.emulator.validation.SpecLocation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The asynchronous bulk API: tasks that progress on the emulator's clock and record each issue's outcome, the
 * permission and size checks, the choices of fields and transitions, and the answers' conformance to the spec.
 */
class BulkOperationsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String QUEUE = "/rest/api/3/bulk/queue/";

    private static SettableClock clock;
    private static JiraEmulator jira;
    private static JiraClient client;
    private static SpecCatalog spec;

    @BeforeAll
    static void start() {
        clock = new SettableClock(Instant.parse("2026-12-01T09:00:00Z"));
        jira = JiraEmulator.builder().clock(clock).seedDemoData(false).build().start();
        jira.controls().bulkTaskPace(Duration.ofSeconds(2), Duration.ofSeconds(1));
        client = JiraClient.basic(jira);
        spec = SpecCatalog.load(SpecLocation.defaultDirectory());
    }

    @AfterAll
    static void stop() {
        jira.close();
    }

    @Test
    void aTransitionTaskProgressesOnTheClockAndReportsEachIssue() {
        List<String> keys = jira.data().createIssues("OPS", 3);
        client.post("/rest/api/3/issue/" + keys.get(2) + "/transitions", Map.of("transition", Map.of("id", "31")));

        Reply submitted = client.post("/rest/api/3/bulk/issues/transition", Map.of("bulkTransitionInputs",
                List.of(Map.of("selectedIssueIdsOrKeys", keys, "transitionId", "31")), "sendBulkNotification", false));

        assertThat(submitted.status()).isEqualTo(201);
        assertConforms("POST", "/rest/api/3/bulk/issues/transition", submitted);
        String taskId = (String) submitted.json().get("taskId");
        Map<String, Object> queued = client.get(QUEUE + taskId).json();
        assertThat(queued).containsEntry("status", "ENQUEUED").containsEntry("progressPercent", 0)
                .doesNotContainKey("started").doesNotContainKey("processedAccessibleIssues");
        assertThat(queued.get("submittedBy")).isEqualTo(Map.of("accountId", demoAccount()));
        assertThat(status(keys.get(0))).isEqualTo("To Do");

        clock.advance(Duration.ofSeconds(3));
        Map<String, Object> running = client.get(QUEUE + taskId).json();
        assertThat(running).containsEntry("status", "RUNNING").containsEntry("progressPercent", 33)
                .containsKey("started");
        assertThat(status(keys.get(0))).isEqualTo("Done");
        assertThat(status(keys.get(1))).isEqualTo("To Do");

        clock.advance(Duration.ofSeconds(2));
        Map<String, Object> complete = client.get(QUEUE + taskId).json();
        assertThat(complete).containsEntry("status", "COMPLETE").containsEntry("progressPercent", 100)
                .containsEntry("totalIssueCount", 3).containsEntry("invalidOrInaccessibleIssueCount", 0);
        assertThat(ids(complete.get("processedAccessibleIssues"))).containsExactly(id(keys.get(0)), id(keys.get(1)));
        Map<String, Object> failed = asMap(complete.get("failedAccessibleIssues"));
        assertThat(failed).containsOnlyKeys(Long.toString(id(keys.get(2))));
        assertThat(failed.get(Long.toString(id(keys.get(2)))).toString()).contains("not valid for the current state");
        assertThat(status(keys.get(1))).isEqualTo("Done");
        assertThat(jira.validationErrors()).isEmpty();
    }

    @Test
    void progressIsKeptFourteenDaysAndAnIssueGoneBeforeItsTurnIsCountedNotNamed() {
        List<String> keys = jira.data().createIssues("OPS", 2);
        String taskId = submit("/rest/api/3/bulk/issues/watch", Map.of("selectedIssueIdsOrKeys", keys));
        client.delete("/rest/api/3/issue/" + keys.get(1));

        clock.advance(Duration.ofSeconds(10));
        Map<String, Object> complete = client.get(QUEUE + taskId).json();
        assertThat(complete).containsEntry("status", "COMPLETE").containsEntry("invalidOrInaccessibleIssueCount", 1);
        assertThat(ids(complete.get("processedAccessibleIssues"))).containsExactly(id(keys.get(0)));
        assertThat(client.get("/rest/api/3/issue/" + keys.get(0) + "/watchers").json().get("watchCount"))
                .isEqualTo(1);

        clock.advance(Duration.ofDays(14).minusSeconds(20));
        assertThat(client.get(QUEUE + taskId).status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(1));
        Reply expired = client.get(QUEUE + taskId);
        assertThat(expired.status()).isEqualTo(400);
        assertThat(expired.errorMessages().get(0)).contains("14 days");
    }

    @Test
    void bulkEditAddsLabelsSetsThePriorityAndRefusesAFieldNotSelected() {
        List<String> keys = jira.data().createIssues("OPS", 2);
        Map<String, Object> edit = Map.of("selectedIssueIdsOrKeys", keys,
                "selectedActions", List.of("labels", "priority"),
                "editedFieldsInput", Map.of(
                        "labelsFields", List.of(Map.of("fieldId", "labels", "bulkEditMultiSelectFieldOption", "ADD",
                                "labels", List.of(Map.of("name", "released")))),
                        "priority", Map.of("priorityId", "2")),
                "sendBulkNotification", false);

        String taskId = submit("/rest/api/3/bulk/issues/fields", edit);
        clock.advance(Duration.ofSeconds(5));

        assertThat(client.get(QUEUE + taskId).json()).containsEntry("status", "COMPLETE");
        JsonNode issue = issue(keys.get(1));
        assertThat(issue.path("fields").path("labels").toString()).contains("released");
        assertThat(issue.path("fields").path("priority").path("name").asText()).isEqualTo("High");

        Reply refused = client.post("/rest/api/3/bulk/issues/fields", Map.of("selectedIssueIdsOrKeys", keys,
                "selectedActions", List.of("labels"),
                "editedFieldsInput", Map.of("priority", Map.of("priorityId", "2"))));
        assertThat(refused.status()).isEqualTo(400);
        assertConforms("POST", "/rest/api/3/bulk/issues/fields", refused);
        assertThat(refused.body()).contains("not listed as selectedActions : priority");
        assertThat(jira.validationErrors()).isEmpty();
    }

    @Test
    void withoutTheBulkChangePermissionEveryOperationIs403() {
        String dana = jira.addBasicUser("dana-bulk@example.com", "dana-token", "Dana");
        jira.data().revokeBulkChange(dana);
        JiraClient danaClient = JiraClient.basic(jira, "dana-bulk@example.com", "dana-token");
        String key = jira.data().createIssues("OPS", 1).get(0);
        try {
            Reply refused = danaClient.post("/rest/api/3/bulk/issues/delete", Map.of("selectedIssueIdsOrKeys",
                    List.of(key)));
            Reply choices = danaClient.get("/rest/api/3/bulk/issues/transition?issueIdsOrKeys=" + key);

            assertThat(refused.status()).isEqualTo(403);
            assertConforms("POST", "/rest/api/3/bulk/issues/delete", refused);
            assertThat(refused.body()).contains("bulk changes");
            assertThat(choices.status()).isEqualTo(403);
            assertThat(jira.data().issue(key)).isPresent();
        } finally {
            jira.data().grantBulkChange(dana);
        }
    }

    @Test
    void moreThanAThousandIssuesUnknownIssuesOrTwoInputsForOneWorkflowAreRefusedWhole() {
        List<String> keys = jira.data().createIssues("DEV", 1001);
        int tasksBefore = taskCount();

        Reply tooMany = client.post("/rest/api/3/bulk/issues/delete", Map.of("selectedIssueIdsOrKeys", keys));
        Reply unknown = client.post("/rest/api/3/bulk/issues/watch", Map.of("selectedIssueIdsOrKeys",
                List.of(keys.get(0), "DEV-999999")));
        Reply twoInputs = client.post("/rest/api/3/bulk/issues/transition", Map.of("bulkTransitionInputs", List.of(
                Map.of("selectedIssueIdsOrKeys", List.of(keys.get(0)), "transitionId", "21"),
                Map.of("selectedIssueIdsOrKeys", List.of(keys.get(1)), "transitionId", "31"))));

        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.body()).contains("1000");
        assertConforms("POST", "/rest/api/3/bulk/issues/delete", tooMany);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("not valid").contains("DEV-999999");
        assertThat(twoInputs.status()).isEqualTo(400);
        assertThat(twoInputs.body()).contains("distinct workflow");
        assertThat(taskCount()).as("no task made between").isEqualTo(tasksBefore + 1);
        assertThat(jira.data().issueCount("DEV")).isGreaterThanOrEqualTo(1001);
    }

    @Test
    void deleteTakesSubtasksAlongAndMoveGivesANewKeyWhileTheOldOneStillFindsTheIssue() {
        String parent = jira.data().createIssues("OPS", 1).get(0);
        String subtask = jira.data().createIssue(Map.of("project", Map.of("key", "OPS"), "issuetype",
                Map.of("name", "Sub-task"), "parent", Map.of("key", parent), "summary", "Child"));
        String moving = jira.data().createIssue(Map.of("project", Map.of("key", "OPS"), "issuetype",
                Map.of("name", "Task"), "summary", "To DEV", "components", List.of(Map.of("name", "Backups"))));

        String deleted = submit("/rest/api/3/bulk/issues/delete", Map.of("selectedIssueIdsOrKeys", List.of(parent)));
        String moved = submit("/rest/api/3/bulk/issues/move", Map.of("sendBulkNotification", false,
                "targetToSourcesMapping", Map.of("DEV,10004", Map.of("issueIdsOrKeys", List.of(moving),
                        "inferFieldDefaults", true, "inferStatusDefaults", true, "inferSubtaskTypeDefault", true,
                        "inferClassificationDefaults", true))));
        clock.advance(Duration.ofSeconds(5));

        assertThat(client.get(QUEUE + deleted).json()).containsEntry("status", "COMPLETE");
        assertThat(client.get(QUEUE + moved).json()).containsEntry("status", "COMPLETE");
        assertThat(jira.data().issue(parent)).isEmpty();
        assertThat(jira.data().issue(subtask)).isEmpty();
        JsonNode issue = issue(moving);
        assertThat(issue.path("key").asText()).startsWith("DEV-");
        assertThat(issue.path("fields").path("issuetype").path("name").asText()).isEqualTo("Bug");
        assertThat(issue.path("fields").path("components")).isEmpty();
        assertThat(issue.path("changelog").toString()).contains("\"field\":\"Key\"").contains(moving);
        assertThat(jira.validationErrors()).isEmpty();
    }

    @Test
    void availableTransitionsAreThoseAllTheIssuesShareAndEditableFieldsOfferTheirOptions() {
        List<String> keys = jira.data().createIssues("OPS", 2);
        client.post("/rest/api/3/issue/" + keys.get(1) + "/transitions", Map.of("transition", Map.of("id", "21")));

        Reply transitions = client.get("/rest/api/3/bulk/issues/transition?issueIdsOrKeys=" + String.join(",", keys));
        Reply fields = client.get("/rest/api/3/bulk/issues/fields?issueIdsOrKeys=" + String.join(",", keys));

        assertConforms("GET", "/rest/api/3/bulk/issues/transition", transitions);
        List<Object> groups = asList(transitions.json().get("availableTransitions"));
        assertThat(groups).hasSize(1);
        Map<String, Object> group = asMap(groups.get(0));
        assertThat(group.get("issues")).isEqualTo(keys);
        assertThat(group.get("isTransitionsFiltered")).isEqualTo(true);
        assertThat(asList(group.get("transitions"))).extracting(t -> asMap(t).get("transitionName"))
                .containsExactly("Done");
        List<?> editable = (List<?>) fields.json().get("fields");
        Map<?, ?> priority = editable.stream().map(Map.class::cast).filter(f -> "priority".equals(f.get("id")))
                .findFirst().orElseThrow();
        assertThat(priority.get("fieldOptions").toString()).contains("priority=High");
        Map<?, ?> versions = editable.stream().map(Map.class::cast).filter(f -> "fixVersions".equals(f.get("id")))
                .findFirst().orElseThrow();
        assertThat(versions.get("fieldOptions").toString()).contains("name=2025.4");
        assertThat(jira.validationErrors()).isEmpty();
    }

    @Test
    void bulkFetchReturnsUpToAHundredIssuesInAscendingIdOrderAndLeavesUnknownOnesOut() {
        List<String> keys = jira.data().createIssues("OPS", 3);
        List<String> asked = List.of(keys.get(2), "ops-999999", keys.get(0).toLowerCase(), keys.get(1));

        Reply fetched = client.post("/rest/api/3/issue/bulkfetch", Map.of("issueIdsOrKeys", asked,
                "fields", List.of("summary", "status")));
        List<Object> tooMany = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            tooMany.add("OPS-" + (i + 1));
        }
        Reply refused = client.post("/rest/api/3/issue/bulkfetch", Map.of("issueIdsOrKeys", tooMany));

        assertThat(fetched.status()).isEqualTo(200);
        assertConforms("POST", "/rest/api/3/issue/bulkfetch", fetched);
        List<Object> issues = asList(fetched.json().get("issues"));
        assertThat(issues).extracting(i -> asMap(i).get("key")).containsExactlyElementsOf(keys);
        assertThat(asList(fetched.json().get("issueErrors"))).isEmpty();
        assertThat(asMap(asMap(issues.get(0)).get("fields"))).containsOnlyKeys("summary", "status");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorMessages().get(0)).contains("100");
    }

    @Test
    void changelogBulkFetchPagesOldestFirstAndFiltersByField() {
        List<String> keys = jira.data().createIssues("DEV", 2);
        for (String key : keys) {
            client.put("/rest/api/3/issue/" + key, Map.of("fields", Map.of("summary", "Renamed " + key)));
            clock.advance(Duration.ofSeconds(1));
            client.post("/rest/api/3/issue/" + key + "/transitions", Map.of("transition", Map.of("id", "21")));
            clock.advance(Duration.ofSeconds(1));
        }

        Reply first = client.post("/rest/api/3/changelog/bulkfetch", Map.of("issueIdsOrKeys", keys,
                "maxResults", 3));
        Reply second = client.post("/rest/api/3/changelog/bulkfetch", Map.of("issueIdsOrKeys", keys,
                "maxResults", 3, "nextPageToken", first.json().get("nextPageToken")));
        Reply statusOnly = client.post("/rest/api/3/changelog/bulkfetch", Map.of("issueIdsOrKeys", keys,
                "fieldIds", List.of("status")));

        assertConforms("POST", "/rest/api/3/changelog/bulkfetch", first);
        assertThat(histories(first)).isEqualTo(3);
        assertThat(histories(second)).isEqualTo(1);
        assertThat(second.json()).doesNotContainKey("nextPageToken");
        assertThat(histories(statusOnly)).isEqualTo(2);
        assertThat(statusOnly.body()).doesNotContain("\"field\":\"summary\"");
        assertThat(client.post("/rest/api/3/changelog/bulkfetch", Map.of("issueIdsOrKeys", List.of(keys.get(0)),
                "nextPageToken", first.json().get("nextPageToken"))).status()).isEqualTo(400);
        assertThat(jira.validationErrors()).isEmpty();
    }

    @Test
    void issuesCarryTheirProjectsComponentsAndVersionsAndJqlFindsThem() {
        String key = jira.data().createIssue(Map.of("project", Map.of("key", "DEV"), "issuetype",
                Map.of("name", "Task"), "summary", "Shipped", "fixVersions", List.of(Map.of("name", "1.0"))));
        Reply refused = client.post("/rest/api/3/issue", Map.of("fields", Map.of("project", Map.of("key", "DEV"),
                "issuetype", Map.of("name", "Task"), "summary", "Wrong", "components",
                List.of(Map.of("name", "Backups")))));

        Reply found = client.post("/rest/api/3/search/jql", Map.of("jql", "project = DEV AND fixVersion = \"1.0\"",
                "fields", List.of("fixVersions")));

        assertThat(issue(key).path("fields").path("fixVersions").get(0).path("name").asText()).isEqualTo("1.0");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errors()).containsEntry("components", "Component name 'Backups' is not valid");
        assertThat(found.body()).contains(key.replace("DEV-", "")).contains("\"name\":\"1.0\"");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> asList(Object value) {
        return (List<Object>) value;
    }

    private static String submit(String path, Map<String, Object> body) {
        Reply reply = client.post(path, body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertConforms("POST", path, reply);
        return (String) reply.json().get("taskId");
    }

    private static List<Long> ids(Object numbers) {
        return asList(numbers).stream().map(number -> ((Number) number).longValue()).toList();
    }

    private static int histories(Reply reply) {
        return ((List<?>) reply.json().get("issueChangeLogs")).stream()
                .mapToInt(log -> ((List<?>) ((Map<?, ?>) log).get("changeHistories")).size()).sum();
    }

    private static int taskCount() {
        // Task ids count up from 10000; a new submit shows how many were made.
        Reply reply = client.post("/rest/api/3/bulk/issues/unwatch", Map.of("selectedIssueIdsOrKeys",
                List.of(jira.data().createIssues("OPS", 1).get(0))));
        return Integer.parseInt((String) reply.json().get("taskId"));
    }

    private static String status(String key) {
        return issue(key).path("fields").path("status").path("name").asText();
    }

    private static long id(String key) {
        return issue(key).path("id").asLong();
    }

    private static JsonNode issue(String key) {
        return MAPPER.valueToTree(jira.data().issue(key).orElseThrow());
    }

    private static String demoAccount() {
        return AccountIds.forEmail(JiraEmulator.DEMO_EMAIL);
    }

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
            object.forEach(BulkOperationsTest::removeNulls);
        } else if (node != null && node.isArray()) {
            node.forEach(BulkOperationsTest::removeNulls);
        }
    }
}
