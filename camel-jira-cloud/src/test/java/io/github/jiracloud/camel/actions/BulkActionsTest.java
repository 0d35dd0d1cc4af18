package io.github.jiracloud.camel.actions;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.error.JiraOutcomeUnknownException;
import io.github.jiracloud.camel.error.JiraPermissionException;
import io.github.jiracloud.camel.support.Connections;
import io.github.jiracloud.camel.support.EmulatorTestBase;
import io.github.jiracloud.emulator.Fault;
import io.github.jiracloud.emulator.JiraEmulator;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bulk actions against the emulator's asynchronous bulk API: issues from a List or a JQL, the change in the shape
 * the other actions take, each issue's outcome in input order, and the failures that are (and are not) exceptions.
 * The emulator runs its tasks at once here; BulkTaskProgressTest follows one over time.
 */
class BulkActionsTest extends EmulatorTestBase {

    @BeforeAll
    static void startEmulator() {
        emulator = JiraEmulator.builder().port(0).build().start();
        emulator.controls().bulkTaskPace(Duration.ZERO, Duration.ZERO);
        emulator.data().addProject("BLK", "Bulk");
    }

    @AfterEach
    void clearFaults() {
        emulator.controls().clearFaults();
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void transitionsAListByNameAndReportsEachIssueThatCouldNotGoInInputOrder(Connections connection) {
        String options = options(connection);
        List<String> keys = emulator.data().createIssues("OPS", 4);
        context.send("jira:issue/transition?transition=Done&issueKey=" + keys.get(2) + "&" + options, null);
        context.send("jira:issue/transition?transition=Start Progress&issueKey=" + keys.get(1) + "&" + options, null);
        List<String> input = List.of(keys.get(0), "OPS-999999", keys.get(1), keys.get(2), keys.get(3).toLowerCase());

        Exchange done = context.send("jira:bulk/transition?transition=done&" + options, input);

        assertThat(done.getException()).isNull();
        assertThat(keysOf(done.getMessage().getBody(List.class))).containsExactly(keys.get(0), keys.get(1),
                keys.get(3));
        List<Map<String, Object>> errors = errors(done);
        assertThat(errors).extracting(error -> error.get("index")).containsExactly(1, 3);
        assertThat(errors.get(0)).containsEntry("issue", "OPS-999999").containsEntry("status", 404);
        assertThat(errors.get(1)).containsEntry("key", keys.get(2)).containsEntry("status", 400);
        assertThat(errors.get(1).get("errorMessages").toString()).contains("no transition 'done'")
                .contains("'Reopen'");
        assertThat(done.getMessage().getHeader(JiraConstants.RESULT_COUNT)).isEqualTo(3);
        assertThat(done.getMessage().getHeader(JiraConstants.BULK_TASK_IDS, List.class)).hasSize(1);
        assertThat(done.getProperty(JiraConstants.PROGRESS_DONE)).isEqualTo(5);
        assertThat(done.getProperty(JiraConstants.PROGRESS_TOTAL)).isEqualTo(5);
        assertThat(keys).extracting(BulkActionsTest::status).containsExactly("Done", "Done", "Done", "Done");
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @Test
    void aJqlStreamsAndIsSubmittedInTasksOfAtMostAThousand() {
        String options = options(Connections.BASIC);
        List<String> keys = emulator.data().createIssues("BLK", 1005);
        emulator.clearRequests();

        Exchange done = context.send("jira:bulk/transition?transition=Start Progress&" + options, null,
                Map.of(JiraConstants.JQL, "project = BLK AND status = \"To Do\" ORDER BY key"));

        assertThat(done.getException()).isNull();
        assertThat(done.getMessage().getBody(List.class)).hasSize(1005);
        assertThat(errors(done)).isEmpty();
        assertThat(done.getMessage().getHeader(JiraConstants.BULK_TASK_IDS, List.class)).hasSize(2);
        assertThat(submits("/bulk/issues/transition")).isEqualTo(2);
        assertThat(status(keys.get(0))).isEqualTo("In Progress");
        assertThat(status(keys.get(1004))).isEqualTo("In Progress");
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void editsFieldsByTheirNamesWithTextAsAdfAndOptionsByName(Connections connection) {
        String options = options(connection);
        List<String> keys = emulator.data().createIssues("OPS", 2);
        Map<String, Object> change = Map.of("update", Map.of("labels", List.of(Map.of("add", "released"))),
                "fields", Map.of("Priority", "High", "Severity", "Critical", "description", "Shipped in 2026.1",
                        "components", List.of("Backups")));

        Exchange edited = context.send("jira:bulk/edit?" + options, change,
                Map.of(JiraConstants.ISSUE_KEYS, String.join(",", keys)));

        assertThat(edited.getException()).isNull();
        assertThat(keysOf(edited.getMessage().getBody(List.class))).containsExactlyElementsOf(keys);
        Map<?, ?> fields = (Map<?, ?>) emulator.data().issue(keys.get(1)).orElseThrow().get("fields");
        assertThat(fields.get("labels")).isEqualTo(List.of("released"));
        assertThat(((Map<?, ?>) fields.get("priority")).get("name")).isEqualTo("High");
        assertThat(((Map<?, ?>) fields.get("customfield_10051")).get("value")).isEqualTo("Critical");
        assertThat(fields.get("description").toString()).contains("Shipped in 2026.1").contains("paragraph");
        assertThat(fields.get("components").toString()).contains("Backups");
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @Test
    void aChangeBulkEditCannotMakeFailsBeforeAnythingIsSent() {
        String options = options(Connections.BASIC);
        String key = emulator.data().createIssues("OPS", 1).get(0);
        emulator.clearRequests();

        Exchange comment = context.send("jira:bulk/edit?" + options, Map.of("comment", "hello"),
                Map.of(JiraConstants.ISSUE_KEYS, List.of(key)));
        Exchange unknownOption = context.send("jira:bulk/edit?" + options, Map.of("Severity", "Catastrophic"),
                Map.of(JiraConstants.ISSUE_KEYS, List.of(key)));
        Exchange noIssues = context.send("jira:bulk/edit?" + options, Map.of("summary", "x"));

        assertThat(comment.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("comment/add");
        assertThat(unknownOption.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no option 'Catastrophic'").hasMessageContaining("Critical");
        assertThat(noIssues.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(JiraConstants.ISSUE_KEYS).hasMessageContaining("option jql");
        assertThat(submits("/bulk/issues/")).isZero();
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void watchesUnwatchesMovesAndDeletes(Connections connection) {
        String options = options(connection);
        List<String> keys = emulator.data().createIssues("OPS", 3);

        Exchange watched = context.send("jira:bulk/watch?" + options, keys);
        int watchersWhileWatched = watchCount(keys.get(0));
        Exchange unwatched = context.send("jira:bulk/unwatch?" + options, keys);
        int watchersAfterUnwatching = watchCount(keys.get(2));
        Exchange moved = context.send("jira:bulk/move?project=DEV&issueType=Bug&" + options, keys.subList(0, 2));
        Exchange deleted = context.send("jira:bulk/delete?notifyUsers=false&" + options, List.of(keys.get(2)));

        assertThat(List.of(watched, unwatched, moved, deleted)).allSatisfy(exchange -> {
            assertThat(exchange.getException()).isNull();
            assertThat(errors(exchange)).isEmpty();
        });
        assertThat(watchersWhileWatched).isEqualTo(1);
        assertThat(watchersAfterUnwatching).isZero();
        Map<?, ?> movedIssue = emulator.data().issue(keys.get(0)).orElseThrow();
        assertThat((String) movedIssue.get("key")).startsWith("DEV-");
        assertThat(keysOf(moved.getMessage().getBody(List.class))).containsExactly(keys.get(0), keys.get(1));
        assertThat(emulator.data().issue(keys.get(2))).isEmpty();
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @Test
    void aMoveWithoutTheIssueTypeFailsWhenTheRouteStarts() {
        String options = options(Connections.BASIC);

        assertThatThrownBy(() -> context.camel().getEndpoint("jira:bulk/move?project=DEV&" + options))
                .hasRootCauseInstanceOf(IllegalArgumentException.class)
                .rootCause().hasMessageContaining("option issueType");
    }

    @Test
    void withoutWaitingTheTaskIdsComeBackAndBulkStatusFollowsThem() {
        String options = options(Connections.OAUTH2);
        List<String> keys = emulator.data().createIssues("OPS", 2);

        Exchange submitted = context.send("jira:bulk/watch?wait=false&" + options, keys);
        String taskId = submitted.getMessage().getHeader(JiraConstants.BULK_TASK_ID, String.class);
        Exchange status = context.send("jira:bulk/status?" + options, null,
                Map.of(JiraConstants.BULK_TASK_ID, taskId));

        assertThat(submitted.getException()).isNull();
        assertThat(submitted.getMessage().getBody(List.class)).containsExactly(taskId);
        assertThat(status.getException()).isNull();
        Map<?, ?> progress = status.getMessage().getBody(Map.class);
        assertThat(progress.get("status")).isEqualTo("COMPLETE");
        assertThat(progress.get("processedAccessibleIssues").toString()).contains(issueId(keys.get(0)));
    }

    @Test
    void aRequestRefusedAsAWholeIsThrownWithEveryIssueReported() {
        String options = options(Connections.BASIC);
        List<String> keys = emulator.data().createIssues("OPS", 2);
        String demo = (String) context.send("jira:user/myself?" + options, null).getMessage().getBody(Map.class)
                .get("accountId");
        emulator.data().revokeBulkChange(demo);
        try {
            Exchange refused = context.send("jira:bulk/delete?" + options, keys);

            assertThat(refused.getException()).isInstanceOf(JiraPermissionException.class)
                    .hasMessageContaining("bulk changes");
            assertThat(errors(refused)).extracting(error -> error.get("status")).containsExactly(403, 403);
            assertThat(refused.getMessage().getBody(List.class)).isEmpty();
            assertThat(emulator.data().issue(keys.get(0))).isPresent();
        } finally {
            emulator.data().grantBulkChange(demo);
        }
    }

    @Test
    void aLostAnswerToTheSubmitIsNeverSentAgain() {
        String options = options(Connections.BASIC);
        List<String> keys = emulator.data().createIssues("OPS", 2);
        emulator.controls().injectFault(Fault.builder().method("POST").pathRegex("/rest/api/3/bulk/issues/watch$")
                .dropResponseAfterCommit().times(1).build());
        emulator.clearRequests();

        Exchange lost = context.send("jira:bulk/watch?" + options, keys);

        assertThat(lost.getException()).isInstanceOf(JiraOutcomeUnknownException.class)
                .hasMessageContaining("may or may not have started a task");
        assertThat(submits("/bulk/issues/watch")).isEqualTo(1);
        assertThat(errors(lost)).extracting(error -> error.get("status")).containsExactly(0, 0);
        assertThat(errors(lost).get(0).get("errorMessages").toString()).contains("Not confirmed");
    }

    @Test
    void aTaskThatEndsFailedIsReportedPerIssueNotThrown() {
        String options = options(Connections.BASIC);
        List<String> keys = emulator.data().createIssues("OPS", 2);
        emulator.controls().injectFault(Fault.builder().method("GET").pathRegex("/rest/api/3/bulk/queue/")
                .respond(200, "{\"taskId\":\"1\",\"status\":\"FAILED\",\"progressPercent\":50,"
                        + "\"processedAccessibleIssues\":[" + issueId(keys.get(0)) + "]}",
                        "Content-Type", "application/json")
                .times(1).build());

        Exchange failed = context.send("jira:bulk/watch?" + options, keys);

        assertThat(failed.getException()).isNull();
        assertThat(keysOf(failed.getMessage().getBody(List.class))).containsExactly(keys.get(0));
        assertThat(errors(failed)).singleElement().satisfies(error -> {
            assertThat(error).containsEntry("index", 1).containsEntry("status", 0);
            assertThat(error.get("errorMessages").toString()).contains("ended FAILED");
        });
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void listsEditableFieldsAndTheTransitionsIssuesShare(Connections connection) {
        String options = options(connection);
        List<String> keys = emulator.data().createIssues("DEV", 2);

        Exchange fields = context.send("jira:bulk/editableFields?" + options, keys);
        Exchange transitions = context.send("jira:bulk/transitions?" + options, null,
                Map.of(JiraConstants.JQL, "key in (" + String.join(",", keys) + ")"));

        assertThat(fields.getException()).isNull();
        assertThat((List<Map<String, Object>>) fields.getMessage().getBody(List.class))
                .extracting(field -> field.get("id")).contains("summary", "priority", "labels", "fixVersions");
        assertThat(transitions.getException()).isNull();
        List<Map<String, Object>> workflows = transitions.getMessage().getBody(List.class);
        assertThat(workflows).hasSize(1);
        assertThat(workflows.get(0).get("transitions").toString()).contains("Start Progress").contains("Done");
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void bulkFetchTakesAnyNumberOfKeysInRequestsOfAHundred(Connections connection) {
        String options = options(connection);
        List<String> keys = emulator.data().createIssues("OPS", 250);
        emulator.clearRequests();

        Exchange fetched = context.send("jira:issue/bulkFetch?fields=summary&" + options, keys);

        assertThat(fetched.getException()).isNull();
        List<Map<String, Object>> issues = fetched.getMessage().getBody(List.class);
        assertThat(keysOf(issues)).containsExactlyElementsOf(keys);
        assertThat(issues.get(0).get("fields")).isEqualTo(Map.of("summary", "Seeded issue 1"));
        assertThat(submits("/issue/bulkfetch")).isEqualTo(3);
        assertThat(fetched.getMessage().getHeader(JiraConstants.BULK_ERRORS, List.class)).isEmpty();
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void changelogsOfManyIssuesComeBackPerIssueOldestFirst(Connections connection) {
        String options = options(connection);
        List<String> keys = emulator.data().createIssues("DEV", 3);
        context.send("jira:bulk/transition?transition=Start Progress&" + options, keys);
        context.send("jira:bulk/transition?transition=Done&" + options, keys.subList(0, 2));

        Exchange all = context.send("jira:issue/changelogs?" + options, keys);
        Exchange statusOnly = context.send("jira:issue/changelogs?fields=status&" + options, null,
                Map.of(JiraConstants.ISSUE_KEYS, keys));

        assertThat(all.getException()).isNull();
        List<Map<String, Object>> changelogs = all.getMessage().getBody(List.class);
        assertThat(changelogs).extracting(log -> log.get("issueId")).containsExactly(issueId(keys.get(0)),
                issueId(keys.get(1)), issueId(keys.get(2)));
        assertThat((List<?>) changelogs.get(0).get("changeHistories")).hasSize(2);
        assertThat(changelogs.get(0).get("changeHistories").toString()).contains("In Progress").contains("Done");
        assertThat(statusOnly.getMessage().getBody(List.class).toString()).doesNotContain("resolution");
        assertThat(emulator.validationErrors()).isEmpty();
    }

    private static List<String> keysOf(List<?> issues) {
        List<String> keys = new ArrayList<>();
        issues.forEach(issue -> keys.add((String) ((Map<?, ?>) issue).get("key")));
        return keys;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> errors(Exchange exchange) {
        return exchange.getMessage().getHeader(JiraConstants.BULK_ERRORS, List.class);
    }

    private static long submits(String pathPart) {
        return emulator.requests().stream()
                .filter(request -> "POST".equals(request.method()) && request.path().contains(pathPart)).count();
    }

    private static String status(String key) {
        Map<?, ?> fields = (Map<?, ?>) emulator.data().issue(key).orElseThrow().get("fields");
        return (String) ((Map<?, ?>) fields.get("status")).get("name");
    }

    private static String issueId(String key) {
        return (String) emulator.data().issue(key).orElseThrow().get("id");
    }

    private static int watchCount(String key) {
        Map<?, ?> fields = (Map<?, ?>) emulator.data().issue(key).orElseThrow().get("fields");
        return ((Number) ((Map<?, ?>) fields.get("watches")).get("watchCount")).intValue();
    }
}
