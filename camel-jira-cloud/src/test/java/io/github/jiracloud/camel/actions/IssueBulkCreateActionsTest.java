package io.github.jiracloud.camel.actions;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.error.JiraBadRequestException;
import io.github.jiracloud.camel.error.JiraPermissionException;
import io.github.jiracloud.camel.support.Connections;
import io.github.jiracloud.camel.support.EmulatorTestBase;
import io.github.jiracloud.emulator.Fault;
import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.RecordedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** issue/bulkCreate: any number of issues in requests of 50, Jira's per-element errors at their input index. */
class IssueBulkCreateActionsTest extends EmulatorTestBase {

    @BeforeAll
    static void startEmulator() {
        emulator = JiraEmulator.builder().port(0).build().start();
    }

    @AfterEach
    void clearFaults() {
        emulator.controls().clearFaults();
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void createsAnyNumberInRequestsOfFiftyAndReportsRefusedElementsAtTheirInputIndex(Connections connection) {
        String options = options(connection);
        List<Object> issues = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            issues.add(Map.of("summary", "Bulk " + connection + " " + i, "labels", List.of("bulk")));
        }
        issues.set(3, Map.of("labels", List.of("no-summary")));
        issues.set(77, Map.of("summary", "Bad priority", "priority", "Urgent-ish"));
        issues.set(119, Map.of("summary", "Bad type", "issuetype", "Spaceship"));
        emulator.clearRequests();

        Exchange created = context.send("jira:issue/bulkCreate?project=OPS&issueType=Task&" + options, issues);

        assertThat(created.getException()).isNull();
        assertThat(bulkRequests()).hasSize(3);
        List<Map<String, Object>> errors = bulkErrors(created);
        assertThat(errors).extracting(error -> error.get("index")).containsExactly(3, 77, 119);
        assertThat(errors).allSatisfy(error -> assertThat(error.get("status")).isEqualTo(400));
        assertThat(fieldErrors(errors.get(0))).containsKey("summary");
        assertThat(fieldErrors(errors.get(1))).containsKey("priority");
        assertThat(fieldErrors(errors.get(2))).containsKey("issuetype");

        List<Map<String, Object>> results = created.getMessage().getBody(List.class);
        assertThat(results).hasSize(117).allSatisfy(issue -> assertThat(issue).containsKeys("id", "key", "self"));
        assertThat(created.getMessage().getHeader(JiraConstants.RESULT_COUNT)).isEqualTo(117);
        List<Integer> createdIndexes = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            if (i != 3 && i != 77 && i != 119) {
                createdIndexes.add(i);
            }
        }
        for (int n = 0; n < results.size(); n++) {
            Map<String, Object> issue = emulator.data().issue((String) results.get(n).get("key")).orElseThrow();
            assertThat(((Map<?, ?>) issue.get("fields")).get("summary"))
                    .isEqualTo("Bulk " + connection + " " + createdIndexes.get(n));
        }
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @Test
    void everyElementRefusedIsNoExceptionButEveryErrorIsReported() {
        String options = options(Connections.BASIC);

        Exchange created = context.send("jira:issue/bulkCreate?project=OPS&" + options,
                "[{\"summary\": \"no type\"}, {\"issuetype\": \"Task\"}]");

        assertThat(created.getException()).isNull();
        assertThat(created.getMessage().getBody(List.class)).isEmpty();
        assertThat(bulkErrors(created)).extracting(error -> error.get("index")).containsExactly(0, 1);
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @Test
    void aRequestRefusedAsAWholeThrowsItsTypedErrorKeepingWhatWasCreatedBefore() {
        String options = options(Connections.BASIC);
        List<Map<String, Object>> issues = new ArrayList<>();
        for (int i = 0; i < 110; i++) {
            issues.add(Map.of("summary", "Partial " + i));
        }
        // Not an array, as the spec wants: Jira refuses the second request as a whole.
        issues.set(60, Map.of("fields", Map.of("summary", "Malformed"), "properties", "not-a-list"));
        emulator.clearRequests();

        Exchange created = context.send("jira:issue/bulkCreate?project=OPS&issueType=Task&" + options, issues);

        assertThat(created.getException()).isInstanceOf(JiraBadRequestException.class);
        assertThat(bulkRequests()).hasSize(2);
        assertThat(created.getMessage().getBody(List.class)).hasSize(50);
        List<Map<String, Object>> errors = bulkErrors(created);
        assertThat(errors).hasSize(60);
        assertThat(errors.get(0)).containsEntry("index", 50).containsEntry("status", 400);
        assertThat(errors.get(0).get("errorMessages").toString()).contains("Not created");
        assertThat(errors.get(59)).containsEntry("index", 109).containsEntry("status", 0);
        assertThat(errors.get(59).get("errorMessages").toString()).contains("Not sent");
        emulator.clearValidationErrors();
    }

    @Test
    void aPermissionFailureOfTheFirstRequestCreatesNothingAndListsEveryElement() {
        String options = options(Connections.OAUTH2);
        emulator.controls().injectFault(Fault.builder().method("POST").pathRegex("/issue/bulk$").respond(403,
                "{\"errorMessages\":[\"You do not have permission to create issues in this project.\"],\"errors\":{}}")
                .build());

        Exchange created = context.send("jira:issue/bulkCreate?project=OPS&issueType=Task&" + options,
                List.of(Map.of("summary", "a"), Map.of("summary", "b")));

        assertThat(created.getException()).isInstanceOf(JiraPermissionException.class)
                .hasMessageContaining("You do not have permission");
        assertThat(created.getMessage().getBody(List.class)).isEmpty();
        assertThat(bulkErrors(created)).extracting(error -> error.get("status")).containsExactly(403, 403);
    }

    @Test
    void acceptsAnIteratorAndJirasOwnShapeAndAnEmptyListSendsNothing() {
        String options = options(Connections.BASIC);
        Iterator<Object> issues = List.<Object> of(
                Map.of("fields", Map.of("project", Map.of("key", "DEV"), "issuetype", Map.of("name", "Bug"),
                        "summary", "Jira shaped")),
                "{\"project\": \"DEV\", \"issuetype\": \"Story\", \"summary\": \"JSON text\"}").iterator();

        Exchange created = context.send("jira:issue/bulkCreate?" + options, issues);
        emulator.clearRequests();
        Exchange empty = context.send("jira:issue/bulkCreate?" + options, List.of());

        assertThat(created.getException()).isNull();
        assertThat(created.getMessage().getBody(List.class)).hasSize(2)
                .allSatisfy(issue -> assertThat(((Map<?, ?>) issue).get("key").toString()).startsWith("DEV-"));
        assertThat(empty.getException()).isNull();
        assertThat(empty.getMessage().getBody(List.class)).isEmpty();
        assertThat(bulkRequests()).isEmpty();
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @Test
    void aSingleIssueOrAnUnreadableElementFailsBeforeAnythingIsSent() {
        String options = options(Connections.BASIC);
        emulator.clearRequests();

        Exchange single = context.send("jira:issue/bulkCreate?" + options, Map.of("summary", "just one"));
        Exchange badElement = context.send("jira:issue/bulkCreate?project=OPS&issueType=Task&" + options,
                List.of(Map.of("summary", "fine"), "{not json"));

        assertThat(single.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("issue/create");
        assertThat(badElement.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Element 1 of the issue/bulkCreate body");
        assertThat(bulkRequests()).isEmpty();
    }

    private static List<RecordedRequest> bulkRequests() {
        return emulator.requests().stream().filter(request -> request.path().endsWith("/rest/api/3/issue/bulk"))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fieldErrors(Map<String, Object> error) {
        return (Map<String, Object>) error.get("errors");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> bulkErrors(Exchange exchange) {
        return exchange.getMessage().getHeader(JiraConstants.BULK_ERRORS, List.class);
    }
}
