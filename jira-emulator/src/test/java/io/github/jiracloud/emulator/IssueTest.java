package io.github.jiracloud.emulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.emulator.support.Adf;
import io.github.jiracloud.emulator.support.JiraClient;
import io.github.jiracloud.emulator.support.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IssueTest {

    private static final String ADF_REQUIRED = "Operation value must be an Atlassian Document (see the Atlassian "
            + "Document Format)";

    private static JiraEmulator jira;
    private static JiraClient client;

    @BeforeAll
    static void start() {
        jira = JiraEmulator.builder().build().start();
        client = JiraClient.basic(jira);
    }

    @AfterAll
    static void stop() {
        jira.close();
    }

    @Test
    void createdIssuesCanBeRead() {
        Reply created = client.post("/rest/api/3/issue", Map.of("fields", fields(
                "summary", "Printer on fire",
                "description", Adf.doc("Smoke everywhere"),
                "labels", List.of("urgent", "hardware"),
                "priority", Map.of("name", "High"),
                "assignee", Map.of("accountId", demoAccountId()),
                "customfield_10016", 5,
                "customfield_10050", "Facilities",
                "customfield_10051", Map.of("value", "Critical"))));

        assertThat(created.status()).isEqualTo(201);
        String key = (String) created.json().get("key");
        assertThat(key).startsWith("OPS-");
        assertThat((String) created.json().get("id")).matches("\\d{5,}");
        assertThat(created.json().get("self"))
                .isEqualTo(jira.baseUrl() + "/rest/api/3/issue/" + created.json().get("id"));

        Map<String, Object> issue = client.get("/rest/api/3/issue/" + key).json();
        Map<String, Object> fields = map(issue.get("fields"));
        assertThat(fields).containsEntry("summary", "Printer on fire")
                .containsEntry("labels", List.of("hardware", "urgent"))
                .containsEntry("customfield_10016", 5)
                .containsEntry("customfield_10050", "Facilities");
        assertThat(map(fields.get("status"))).containsEntry("name", "To Do");
        assertThat(map(map(fields.get("status")).get("statusCategory"))).containsEntry("key", "new");
        assertThat(map(fields.get("issuetype"))).containsEntry("name", "Task");
        assertThat(map(fields.get("priority"))).containsEntry("name", "High");
        assertThat(map(fields.get("project"))).containsEntry("key", "OPS");
        assertThat(map(fields.get("assignee"))).containsEntry("accountId", demoAccountId());
        assertThat(map(fields.get("reporter"))).containsEntry("emailAddress", JiraEmulator.DEMO_EMAIL);
        assertThat(map(fields.get("customfield_10051"))).containsEntry("value", "Critical");
        assertThat((String) fields.get("created")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+0000");
        assertThat(jira.data().issue(key)).isPresent();
    }

    @Test
    void getHonoursFieldsAndExpand() {
        Map<String, Object> issue = client
                .get("/rest/api/3/issue/OPS-1?fields=summary,status&expand=names,renderedFields")
                .json();

        assertThat(map(issue.get("fields"))).containsOnlyKeys("summary", "status");
        assertThat(map(issue.get("names"))).containsEntry("summary", "Summary");
        assertThat(issue).containsKey("renderedFields");
        Map<String, Object> withoutDescription = client.get("/rest/api/3/issue/OPS-1?fields=-description").json();
        assertThat(map(withoutDescription.get("fields"))).doesNotContainKey("description").containsKey("summary");
    }

    @Test
    void missingIssuesAre404InJirasWords() {
        Reply reply = client.get("/rest/api/3/issue/OPS-99999");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.errorMessages())
                .containsExactly("Issue does not exist or you do not have permission to see it.");
    }

    @Test
    void invalidFieldsAreReportedPerField() {
        Reply noSummary = client.post("/rest/api/3/issue", Map.of("fields", Map.of(
                "project", Map.of("key", "OPS"), "issuetype", Map.of("name", "Task"))));
        Reply unknownProject = client.post("/rest/api/3/issue", Map.of("fields", Map.of(
                "project", Map.of("key", "NOPE"), "issuetype", Map.of("name", "Task"), "summary", "x")));
        Reply unknownType = client.post("/rest/api/3/issue", Map.of("fields", Map.of(
                "project", Map.of("key", "OPS"), "issuetype", Map.of("name", "Saga"), "summary", "x")));
        Reply unknownField = client.post("/rest/api/3/issue", Map.of("fields", fields("summary", "x", "foo", "bar")));

        assertThat(noSummary.status()).isEqualTo(400);
        assertThat(noSummary.errors()).containsEntry("summary", "You must specify a summary of the issue.");
        assertThat(unknownProject.errors()).containsEntry("project", "valid project is required");
        assertThat(unknownType.errors()).containsKey("issuetype");
        assertThat(unknownField.errors()).containsEntry("foo",
                "Field 'foo' cannot be set. It is not on the appropriate screen, or unknown.");
    }

    @Test
    void richTextMustBeAtlassianDocumentFormat() {
        Reply description = client.post("/rest/api/3/issue",
                Map.of("fields", fields("summary", "x", "description", "plain")));
        Reply textArea = client.post("/rest/api/3/issue",
                Map.of("fields", fields("summary", "x", "customfield_10052", "plain")));
        Reply comment = client.post("/rest/api/3/issue/OPS-1/comment", Map.of("body", "plain"));

        assertThat(description.status()).isEqualTo(400);
        assertThat(description.json())
                .isEqualTo(Map.of("errorMessages", List.of(), "errors", Map.of("description", ADF_REQUIRED)));
        assertThat(textArea.errors()).containsEntry("customfield_10052", ADF_REQUIRED);
        assertThat(comment.status()).isEqualTo(400);
    }

    @Test
    void editingChangesFieldsAndRecordsTheChangelog() {
        String key = createTask("Before");

        Reply edit = client.put("/rest/api/3/issue/" + key, Map.of(
                "fields", Map.of("summary", "After"),
                "update", Map.of("labels", List.of(Map.of("add", "edited")))));
        Reply returned = client.put("/rest/api/3/issue/" + key + "?returnIssue=true", Map.of("fields",
                Map.of("priority", Map.of("name", "Low"))));

        assertThat(edit.status()).isEqualTo(204);
        assertThat(returned.status()).isEqualTo(200);
        Map<String, Object> issue = client.get("/rest/api/3/issue/" + key + "?expand=changelog").json();
        assertThat(map(issue.get("fields"))).containsEntry("summary", "After").containsEntry("labels",
                List.of("edited"));
        assertThat((List<?>) map(issue.get("changelog")).get("histories")).hasSize(2);
    }

    @Test
    void deletedIssuesAreGone() {
        String key = createTask("Short-lived");

        assertThat(client.delete("/rest/api/3/issue/" + key).status()).isEqualTo(204);
        assertThat(client.get("/rest/api/3/issue/" + key).status()).isEqualTo(404);
    }

    @Test
    void transitionsMoveIssuesThroughTheWorkflow() {
        String key = createTask("Workflow");

        List<?> available = (List<?>) client.get("/rest/api/3/issue/" + key + "/transitions").json().get("transitions");
        Reply start = client.post("/rest/api/3/issue/" + key + "/transitions",
                Map.of("transition", Map.of("id", "21")));
        Reply done = client.post("/rest/api/3/issue/" + key + "/transitions", Map.of("transition", Map.of("id", "31")));
        Reply invalid = client.post("/rest/api/3/issue/" + key + "/transitions",
                Map.of("transition", Map.of("id", "999")));

        assertThat(available).extracting(transition -> map(transition).get("name")).contains("Start Progress", "Done");
        assertThat(start.status()).isEqualTo(204);
        assertThat(done.status()).isEqualTo(204);
        assertThat(invalid.status()).isEqualTo(400);
        Map<String, Object> fields = map(client.get("/rest/api/3/issue/" + key).json().get("fields"));
        assertThat(map(fields.get("status"))).containsEntry("name", "Done");
        assertThat(map(fields.get("resolution"))).containsEntry("name", "Done");
        assertThat(fields.get("resolutiondate")).isNotNull();
    }

    @Test
    void commentsCanBeAddedPagedEditedAndDeleted() {
        String key = createTask("Chatty");
        for (int i = 1; i <= 3; i++) {
            Reply added = client.post("/rest/api/3/issue/" + key + "/comment", Map.of("body", Adf.doc("Comment " + i)));
            assertThat(added.status()).isEqualTo(201);
            assertThat(added.json()).containsKeys("id", "author", "created", "updated", "self", "body");
        }

        Map<String, Object> page = client.get("/rest/api/3/issue/" + key + "/comment?startAt=1&maxResults=1").json();
        assertThat(page).containsEntry("startAt", 1).containsEntry("maxResults", 1).containsEntry("total", 3);
        String id = (String) map(((List<?>) page.get("comments")).get(0)).get("id");

        Reply edited = client.put("/rest/api/3/issue/" + key + "/comment/" + id, Map.of("body", Adf.doc("Edited")));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(client.get("/rest/api/3/issue/" + key + "/comment/" + id).json().get("body"))
                .isEqualTo(Adf.doc("Edited"));
        assertThat(client.delete("/rest/api/3/issue/" + key + "/comment/" + id).status()).isEqualTo(204);
        assertThat(client.get("/rest/api/3/issue/" + key + "/comment/" + id).status()).isEqualTo(404);
        assertThat(jira.data().comments(key)).hasSize(2);
    }

    @Test
    void commentPropertiesAreSetOnCreateAndShownByCommentListWithExpandProperties() {
        String key = createTask("Commented by an app");
        Map<String, Object> marker = Map.of("key", "c-1");
        Reply added = client.post("/rest/api/3/issue/" + key + "/comment", Map.of("body", Adf.doc("Marked"),
                "properties", List.of(Map.of("key", "sync", "value", marker))));
        client.post("/rest/api/3/issue/" + key + "/comment", Map.of("body", Adf.doc("Plain")));

        assertThat(added.json()).doesNotContainKey("properties");
        List<?> listed = (List<?>) client
                .get("/rest/api/3/issue/" + key + "/comment?expand=properties&orderBy=-created")
                .json().get("comments");
        assertThat(listed).as("the issue's comment list documents renderedBody only")
                .allSatisfy(comment -> assertThat(map(comment)).doesNotContainKey("properties"));
        List<Object> ids = listed.stream().map(comment -> (Object) Long.valueOf((String) map(comment).get("id")))
                .toList();
        List<?> comments = (List<?>) client.post("/rest/api/3/comment/list?expand=properties", Map.of("ids", ids))
                .json().get("values");
        assertThat(map(comments.get(0)).get("properties")).isEqualTo(List.of(Map.of("key", "sync", "value", marker)));
        assertThat(map(comments.get(1))).as("no properties, no key").doesNotContainKey("properties");
        assertThat(client.post("/rest/api/3/comment/list", Map.of("ids", List.of())).status()).isEqualTo(400);
        assertThat(jira.data().commentIdsWithProperty("sync", marker)).containsExactly((String) added.json().get("id"));
        assertThat(client.post("/rest/api/3/issue/" + key + "/comment", Map.of("body", Adf.doc("Bad"),
                "properties", List.of(Map.of("value", 1)))).status()).isEqualTo(400);
    }

    @Test
    void issuePropertiesCanBeSetReadAndDeleted() {
        Reply created = client.post("/rest/api/3/issue", Map.of("fields", fields("summary", "With properties"),
                "properties", List.of(Map.of("key", "sync", "value", Map.of("externalId", "A-1")))));
        String key = (String) created.json().get("key");
        String property = "/rest/api/3/issue/" + key + "/properties/";

        assertThat(client.get(property + "sync").json())
                .isEqualTo(Map.of("key", "sync", "value", Map.of("externalId", "A-1")));
        assertThat(jira.data().issueKeysWithProperty("sync", Map.of("externalId", "A-1"))).containsExactly(key);
        assertThat(client.put(property + "other", Map.of("n", 1)).status()).isEqualTo(201);
        assertThat(client.put(property + "other", Map.of("n", 2)).status()).isEqualTo(200);
        assertThat((List<?>) client.get("/rest/api/3/issue/" + key + "/properties").json().get("keys")).hasSize(2);
        assertThat(client.delete(property + "other").status()).isEqualTo(204);
        assertThat(client.get(property + "other").status()).isEqualTo(404);
    }

    @Test
    void subtasksNeedAParentAndAppearOnIt() {
        String parent = createTask("Parent");
        Reply orphan = client.post("/rest/api/3/issue", Map.of("fields", Map.of("project", Map.of("key", "OPS"),
                "issuetype", Map.of("name", "Sub-task"), "summary", "Orphan")));
        Reply child = client.post("/rest/api/3/issue", Map.of("fields", Map.of("project", Map.of("key", "OPS"),
                "issuetype", Map.of("name", "Sub-task"), "summary", "Child", "parent", Map.of("key", parent))));

        assertThat(orphan.status()).isEqualTo(400);
        assertThat(child.status()).isEqualTo(201);
        List<?> subtasks = (List<?>) map(client.get("/rest/api/3/issue/" + parent).json().get("fields"))
                .get("subtasks");
        assertThat(subtasks).extracting(subtask -> map(subtask).get("key")).containsExactly(child.json().get("key"));
    }

    static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("project", Map.of("key", "OPS"));
        fields.put("issuetype", Map.of("name", "Task"));
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    private static String createTask(String summary) {
        Reply created = client.post("/rest/api/3/issue", Map.of("fields", fields("summary", summary)));
        assertThat(created.status()).isEqualTo(201);
        return (String) created.json().get("key");
    }

    private static String demoAccountId() {
        return (String) client.get("/rest/api/3/myself").json().get("accountId");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
