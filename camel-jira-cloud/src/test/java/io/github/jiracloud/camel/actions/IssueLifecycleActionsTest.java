package io.github.jiracloud.camel.actions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.error.JiraBadRequestException;
import io.github.jiracloud.camel.error.JiraNotFoundException;
import io.github.jiracloud.camel.support.Connections;
import io.github.jiracloud.camel.support.EmulatorTestBase;
import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.RecordedRequest;
import io.github.jiracloud.emulator.data.AccountIds;
import io.github.jiracloud.emulator.data.SentNotification;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** issue/update, delete, assign, changelog, notify and the property actions, end to end against the emulator. */
class IssueLifecycleActionsTest extends EmulatorTestBase {

    private static final String ALICE = AccountIds.forEmail("alice@example.com");
    private static final String BOB = AccountIds.forEmail("bob@example.com");

    @BeforeAll
    static void startEmulator() {
        emulator = JiraEmulator.builder().port(0).build().start();
    }

    private String newTask(String options, String summary) {
        return context.send("jira:issue/create?project=OPS&issueType=Task&" + options, Map.of("summary", summary))
                .getMessage().getHeader(JiraConstants.ISSUE_KEY, String.class);
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void updatesFriendlyFieldsAndReturnsTheIssueWhenAsked(Connections connection) {
        String options = options(connection);
        String key = newTask(options, "Before");
        emulator.clearRequests();

        Exchange updated = context.send("jira:issue/update?returnIssue=true&notifyUsers=false&" + options,
                Map.of("summary", "After", "priority", "High", "description", "New text"),
                Map.of(JiraConstants.ISSUE_KEY, key));

        assertThat(updated.getException()).isNull();
        Map<?, ?> issue = updated.getMessage().getBody(Map.class);
        assertThat(((Map<?, ?>) issue.get("fields")).get("summary")).isEqualTo("After");
        assertThat(updated.getMessage().getHeader(JiraConstants.ISSUE_ID)).isEqualTo(issue.get("id"));
        RecordedRequest put = emulator.requests().stream().filter(request -> request.method().equals("PUT"))
                .findFirst().orElseThrow();
        assertThat(put.query()).contains("notifyUsers=false").contains("returnIssue=true");
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @Test
    void anUpdateWithoutReturnIssueLeavesAnEmptyBody() {
        String options = options(Connections.BASIC);
        String key = newTask(options, "Quiet update");

        Exchange updated = context.send("jira:issue/update?issueKey=" + key + "&" + options,
                "{\"update\": {\"labels\": [{\"add\": \"quiet\"}]}}");

        assertThat(updated.getException()).isNull();
        assertThat(updated.getMessage().getBody()).isNull();
        assertThat(fields(key).get("labels")).isEqualTo(List.of("quiet"));
    }

    @Test
    void anInvalidUpdateIsABadRequestWithJirasFieldErrorAndAMissingIssueANotFound() {
        String options = options(Connections.BASIC);
        String key = newTask(options, "Invalid update");

        Exchange invalid = context.send("jira:issue/update?issueKey=" + key + "&" + options,
                Map.of("priority", "Somewhat urgent"));
        Exchange missing = context.send("jira:issue/update?issueKey=OPS-999999&" + options, Map.of("summary", "x"));

        assertThat(invalid.getException()).isInstanceOf(JiraBadRequestException.class);
        assertThat(((JiraBadRequestException) invalid.getException()).getErrors()).containsKey("priority");
        assertThat(missing.getException()).isInstanceOf(JiraNotFoundException.class);
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void deletesAnIssueAndItsSubtasksOnlyWhenTold(Connections connection) {
        String options = options(connection);
        String parent = newTask(options, "Parent");
        String subtask = context.send("jira:issue/create?" + options, Map.of("project", "OPS", "issuetype", "Sub-task",
                "parent", parent, "summary", "Child")).getMessage().getHeader(JiraConstants.ISSUE_KEY, String.class);

        Exchange refused = context.send("jira:issue/delete?issueKey=" + parent + "&" + options, null);
        Exchange deleted = context.send("jira:issue/delete?deleteSubtasks=true&issueKey=" + parent + "&" + options,
                null);

        assertThat(refused.getException()).isInstanceOf(JiraBadRequestException.class).hasMessageContaining("subtasks");
        assertThat(deleted.getException()).isNull();
        assertThat(emulator.data().issue(parent)).isEmpty();
        assertThat(emulator.data().issue(subtask)).isEmpty();
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void assignsByAccountIdDefaultsWithMinusOneAndUnassignsWithNone(Connections connection) {
        String options = options(connection);
        String key = newTask(options, "Assign me");

        Exchange assigned = context.send("jira:issue/assign?issueKey=" + key + "&" + options, null,
                Map.of(JiraConstants.ACCOUNT_ID, ALICE));
        assertThat(assigned.getException()).isNull();
        assertThat(assignee(key)).isEqualTo(ALICE);

        context.send("jira:issue/assign?accountId=" + BOB + "&issueKey=" + key + "&" + options, null);
        assertThat(assignee(key)).isEqualTo(BOB);

        Exchange byDefault = context.send("jira:issue/assign?accountId=-1&issueKey=" + key + "&" + options, null);
        assertThat(byDefault.getException()).isNull();
        assertThat(assignee(key)).isNull(); // the emulator's projects default to unassigned
        // The same outcome as unassigning here, so the wire tells them apart: "-1" asks for the project's default.
        assertThat(lastAssigneeBody(key)).isEqualTo("{\"accountId\":\"-1\"}");

        context.send("jira:issue/assign?accountId=" + ALICE + "&issueKey=" + key + "&" + options, null);
        Exchange unassigned = context.send("jira:issue/assign?accountId=none&issueKey=" + key + "&" + options, null);
        assertThat(unassigned.getException()).isNull();
        assertThat(assignee(key)).isNull();
        assertThat(lastAssigneeBody(key)).isEqualTo("{\"accountId\":null}");
        assertThat(emulator.validationErrors()).isEmpty();
    }

    /** The body of the last assignee change the emulator received for the issue, without white space. */
    private static String lastAssigneeBody(String key) {
        List<RecordedRequest> puts = emulator.requests().stream()
                .filter(request -> request.method().equals("PUT") && request.path().endsWith(key + "/assignee"))
                .toList();
        return puts.get(puts.size() - 1).body().replaceAll("\\s", "");
    }

    @Test
    void anEmptyAccountIdHeaderUnassignsButNoAccountIdAtAllIsAnError() {
        String options = options(Connections.BASIC);
        String key = newTask(options, "Header semantics");
        context.send("jira:issue/assign?accountId=" + ALICE + "&issueKey=" + key + "&" + options, null);

        Map<String, Object> emptyHeader = new HashMap<>();
        emptyHeader.put(JiraConstants.ACCOUNT_ID, "");
        Exchange unassigned = context.send("jira:issue/assign?accountId=" + BOB + "&issueKey=" + key + "&" + options,
                null, emptyHeader);
        context.send("jira:issue/assign?accountId=" + ALICE + "&issueKey=" + key + "&" + options, null);
        Map<String, Object> nullHeader = new HashMap<>();
        nullHeader.put(JiraConstants.ACCOUNT_ID, null);
        Exchange unassignedByNull = context.send("jira:issue/assign?accountId=" + BOB + "&issueKey=" + key + "&"
                + options, null, nullHeader);
        String afterNull = assignee(key);
        Exchange nothing = context.send("jira:issue/assign?issueKey=" + key + "&" + options, null);
        Exchange unknown = context.send("jira:issue/assign?accountId=712020:nobody&issueKey=" + key + "&" + options,
                null);

        assertThat(unassigned.getException()).isNull();
        assertThat(assignee(key)).isNull();
        assertThat(unassignedByNull.getException()).isNull();
        assertThat(afterNull).isNull();
        assertThat(nothing.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(JiraConstants.ACCOUNT_ID).hasMessageContaining("none");
        assertThat(unknown.getException()).isInstanceOf(JiraBadRequestException.class);
        assertThat(((JiraBadRequestException) unknown.getException()).getErrors()).containsKey("assignee");
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void readsTheWholeChangelogOldestFirstAcrossPages(Connections connection) {
        String options = options(connection);
        String key = newTask(options, "History");
        context.send("jira:issue/update?issueKey=" + key + "&" + options, Map.of("summary", "History 2"));
        context.send("jira:issue/assign?accountId=" + ALICE + "&issueKey=" + key + "&" + options, null);
        context.send("jira:issue/transition?transition=Start Progress&issueKey=" + key + "&" + options, null);
        context.send("jira:issue/update?issueKey=" + key + "&" + options, Map.of("labels", List.of("late")));
        context.send("jira:issue/transition?transition=Done&issueKey=" + key + "&" + options, null);
        emulator.clearRequests();

        Exchange history = context.send("jira:issue/changelog?pageSize=2&issueKey=" + key + "&" + options, null);

        assertThat(history.getException()).isNull();
        List<Map<String, Object>> entries = history.getMessage().getBody(List.class);
        assertThat(entries).hasSize(5);
        assertThat(history.getMessage().getHeader(JiraConstants.RESULT_COUNT)).isEqualTo(5);
        assertThat(changedFields(entries.get(0))).contains("summary");
        assertThat(changedFields(entries.get(1))).contains("assignee");
        assertThat(changedFields(entries.get(2))).contains("status");
        assertThat(changedFields(entries.get(4))).contains("status", "resolution");
        assertThat(emulator.requests()).filteredOn(request -> request.path().endsWith("/changelog")).hasSize(3);
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @Test
    void theChangelogOfAMissingIssueIsATypedNotFound() {
        String options = options(Connections.BASIC);

        Exchange history = context.send("jira:issue/changelog?issueKey=NOPE-1&" + options, null);

        assertThat(history.getException()).isInstanceOf(JiraNotFoundException.class);
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void notifiesTheAssigneeAndNamedUsers(Connections connection) {
        String options = options(connection);
        String key = newTask(options, "Notify");
        context.send("jira:issue/assign?accountId=" + ALICE + "&issueKey=" + key + "&" + options, null);

        Exchange notified = context.send("jira:issue/notify?issueKey=" + key + "&" + options, Map.of(
                "subject", "Heads up", "textBody", "Please look at this.",
                "to", Map.of("assignee", true, "watchers", false, "users", List.of(BOB))));

        assertThat(notified.getException()).isNull();
        List<SentNotification> sent = emulator.data().notifications(key);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).subject()).isEqualTo("Heads up");
        assertThat(sent.get(0).recipientIds()).containsExactlyInAnyOrder(ALICE, BOB);
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @Test
    void notifyingTheAssigneeOfAnUnassignedIssueIsABadRequest() {
        String options = options(Connections.BASIC);
        String key = newTask(options, "Nobody assigned");

        Exchange notified = context.send("jira:issue/notify?issueKey=" + key + "&" + options,
                "{\"textBody\": \"hello\", \"to\": {\"assignee\": true}}");

        assertThat(notified.getException()).isInstanceOf(JiraBadRequestException.class);
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void setsReadsAndDeletesAnIssueProperty(Connections connection) {
        String options = options(connection);
        String key = newTask(options, "Properties");
        String uri = "jira:issue/%s?issueKey=" + key + "&" + options;

        Exchange set = context.send(uri.formatted("setProperty"), Map.of("approved", true, "by", List.of("ops")),
                Map.of(JiraConstants.PROPERTY_KEY, "release.gate"));
        Exchange read = context.send(uri.formatted("getProperty") + "&propertyKey=release.gate", null);
        Exchange deleted = context.send(uri.formatted("deleteProperty") + "&propertyKey=release.gate", null);
        Exchange gone = context.send(uri.formatted("getProperty") + "&propertyKey=release.gate", null);

        assertThat(set.getException()).isNull();
        assertThat(set.getMessage().getHeader(JiraConstants.PROPERTY_KEY)).isEqualTo("release.gate");
        assertThat(read.getException()).isNull();
        assertThat(read.getMessage().getBody(Map.class)).containsEntry("approved", true)
                .containsEntry("by", List.of("ops"));
        assertThat(deleted.getException()).isNull();
        assertThat(gone.getException()).isInstanceOf(JiraNotFoundException.class);
        assertThat(emulator.data().issueProperty(key, "release.gate")).isEmpty();
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @Test
    void aPropertyNeedsAKeyAndAValue() {
        String options = options(Connections.BASIC);

        Exchange noKey = context.send("jira:issue/setProperty?issueKey=OPS-1&" + options, Map.of("a", 1));
        Exchange noValue = context.send("jira:issue/setProperty?issueKey=OPS-1&propertyKey=k&" + options, null);

        assertThat(noKey.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(JiraConstants.PROPERTY_KEY);
        assertThat(noValue.getException()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    }

    @SuppressWarnings("unchecked")
    private static List<String> changedFields(Map<String, Object> entry) {
        return ((List<Map<String, Object>>) entry.get("items")).stream().map(item -> (String) item.get("fieldId"))
                .toList();
    }

    private static Map<?, ?> fields(String key) {
        return (Map<?, ?>) emulator.data().issue(key).orElseThrow().get("fields");
    }

    private static String assignee(String key) {
        Object assignee = fields(key).get("assignee");
        return assignee == null ? null : (String) ((Map<?, ?>) assignee).get("accountId");
    }
}
