package io.github.jiracloud.camel.actions;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.client.JsonCodec;
import io.github.jiracloud.camel.support.Connections;
import io.github.jiracloud.camel.support.EmulatorTestBase;
import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.data.AccountIds;
import io.github.jiracloud.emulator.data.field.CustomFieldType;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Fields named as people see them: looked up in GET /field once per connection, values shaped by their schema. */
class IssueFieldNamesActionsTest extends EmulatorTestBase {

    private static final String ALICE = AccountIds.forEmail("alice@example.com");

    private static String reviewerField;
    private static String approverUserField;
    private static String approverTextField;

    @BeforeAll
    static void startEmulator() {
        emulator = JiraEmulator.builder().port(0).build().start();
        reviewerField = emulator.data().addCustomField("Reviewer", CustomFieldType.USER_PICKER);
        approverUserField = emulator.data().addCustomField("Approver", CustomFieldType.USER_PICKER);
        approverTextField = emulator.data().addCustomField("Approver", CustomFieldType.TEXT_FIELD);
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void customFieldsByNameBecomeTheirIdsWithValuesShapedByTheirSchema(Connections connection) {
        String options = options(connection);

        Exchange created = context.send("jira:issue/create?project=OPS&issueType=Task&" + options, Map.of(
                "summary", "Named fields", "Story Points", 5, "Severity", "Critical",
                "Root Cause", "A *full* disk", "Team", "Platform", "Reviewer", ALICE, "Due date", "2026-03-01"));

        assertThat(created.getException()).isNull();
        Map<?, ?> fields = fields(created.getMessage().getHeader(JiraConstants.ISSUE_KEY, String.class));
        assertThat(fields.get("customfield_10016")).isEqualTo(5);
        assertThat(((Map<?, ?>) fields.get("customfield_10051")).get("value")).isEqualTo("Critical");
        assertThat(((Map<?, ?>) fields.get("customfield_10052")).get("type")).isEqualTo("doc");
        assertThat(fields.get("customfield_10050")).isEqualTo("Platform");
        assertThat(((Map<?, ?>) fields.get(reviewerField)).get("accountId")).isEqualTo(ALICE);
        assertThat(fields.get("duedate")).isEqualTo("2026-03-01");
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "number", "list"})
    void aSprintIsSentAsTheOneNumberJiraTakes(String given) {
        String options = options(Connections.BASIC);
        Object sprint = switch (given) {
            case "text" -> "1";
            case "number" -> 1;
            default -> List.of("1");
        };

        Exchange created = context.send("jira:issue/create?project=OPS&issueType=Task&" + options,
                Map.of("summary", "In a sprint", "Sprint", sprint));

        assertThat(created.getException()).isNull();
        Object field = fields(created.getMessage().getHeader(JiraConstants.ISSUE_KEY, String.class))
                .get("customfield_10020");
        assertThat((List<?>) field).singleElement()
                .satisfies(entry -> assertThat(((Number) ((Map<?, ?>) entry).get("id")).longValue()).isEqualTo(1L));
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @Test
    void idsAndCommonSystemFieldsNeedNoLookUp() {
        String options = options(Connections.BASIC);
        emulator.clearRequests();

        Exchange created = context.send("jira:issue/create?" + options, Map.of("project", "OPS", "issuetype", "Task",
                "summary", "No names", "labels", List.of("ids"), "customfield_10016", 3,
                "customfield_10051", Map.of("value", "Minor")));

        assertThat(created.getException()).isNull();
        assertThat(fieldCatalogueRequests()).isZero();
    }

    @Test
    void theCatalogueIsFetchedOncePerConnectionAndAgainOnceForANameItLacks() {
        String options = options(Connections.BASIC);
        emulator.clearRequests();
        context.send("jira:issue/create?project=OPS&issueType=Task&" + options, Map.of("summary", "one", "Team", "A"));
        context.send("jira:issue/create?project=OPS&issueType=Task&" + options, Map.of("summary", "two", "Team", "B"));
        assertThat(fieldCatalogueRequests()).isEqualTo(1);

        String tierField = emulator.data().addCustomField("Customer Tier", CustomFieldType.SELECT, "Gold", "Silver");
        Exchange created = context.send("jira:issue/create?project=OPS&issueType=Task&" + options,
                Map.of("summary", "three", "Customer Tier", "Gold"));

        assertThat(created.getException()).isNull();
        assertThat(fieldCatalogueRequests()).isEqualTo(2);
        Map<?, ?> fields = fields(created.getMessage().getHeader(JiraConstants.ISSUE_KEY, String.class));
        assertThat(((Map<?, ?>) fields.get(tierField)).get("value")).isEqualTo("Gold");
    }

    @Test
    void anUnknownNameFailsSuggestingCloseNamesAndCreatesNothing() {
        String options = options(Connections.BASIC);
        int before = emulator.data().issueCount("OPS");

        Exchange failed = context.send("jira:issue/create?project=OPS&issueType=Task&" + options,
                Map.of("summary", "typo", "Story Pionts", 3));

        assertThat(failed.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Story Pionts'")
                .hasMessageContaining("customfield_10016 (Story Points");
        assertThat(emulator.data().issueCount("OPS")).isEqualTo(before);
    }

    @Test
    void anAmbiguousNameFailsListingEveryFieldThatHasIt() {
        String options = options(Connections.OAUTH2);

        Exchange failed = context.send("jira:issue/create?project=OPS&issueType=Task&" + options,
                Map.of("summary", "ambiguous", "Approver", ALICE));
        Exchange byId = context.send("jira:issue/create?project=OPS&issueType=Task&" + options,
                Map.of("summary", "by id", approverUserField, ALICE));

        assertThat(failed.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Approver' is ambiguous")
                .hasMessageContaining(approverUserField + " (Approver, userpicker)")
                .hasMessageContaining(approverTextField + " (Approver, textfield)");
        assertThat(byId.getException()).isNull();
        Map<?, ?> fields = fields(byId.getMessage().getHeader(JiraConstants.ISSUE_KEY, String.class));
        assertThat(((Map<?, ?>) fields.get(approverUserField)).get("accountId")).isEqualTo(ALICE);
    }

    @Test
    void aFieldGivenByIdAndByNameIsRefused() {
        String options = options(Connections.BASIC);

        Exchange failed = context.send("jira:issue/create?project=OPS&issueType=Task&" + options,
                Map.of("summary", "twice", "Story Points", 3, "customfield_10016", 4));

        assertThat(failed.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("customfield_10016 is given twice");
    }

    @Test
    void namesWorkInJirasOwnShapeAndInUpdates() {
        String options = options(Connections.BASIC);
        String key = context.send("jira:issue/create?project=OPS&issueType=Task&" + options,
                Map.of("summary", "to update")).getMessage().getHeader(JiraConstants.ISSUE_KEY, String.class);

        Exchange updated = context.send("jira:issue/update?returnIssue=true&" + options,
                Map.of("fields", Map.of("Story Points", 13, "Severity", "Major"),
                        "update", Map.of("Labels", List.of(Map.of("add", "named")))),
                Map.of(JiraConstants.ISSUE_KEY, key));

        assertThat(updated.getException()).isNull();
        Map<?, ?> fields = fields(key);
        assertThat(fields.get("customfield_10016")).isEqualTo(13);
        assertThat(((Map<?, ?>) fields.get("customfield_10051")).get("value")).isEqualTo("Major");
        assertThat(fields.get("labels")).isEqualTo(List.of("named"));
        assertThat(emulator.validationErrors()).isEmpty();
    }

    /** A POJO inside a Map body, as a route might build one. */
    public record Option(String value) {
    }

    @Test
    void aMapBodyWithNestedListsMapsAndPojosIsShapedAsItsJsonWouldBe() {
        String options = options(Connections.BASIC);

        Exchange created = context.send("jira:issue/create?project=OPS&issueType=Task&" + options, Map.of(
                "summary", "Nested values", "labels", List.of("disk", "ops"), "priority", Map.of("name", "High"),
                "Severity", new Option("Critical"), "Story Points", 8L, "description", "Line one"));

        assertThat(created.getException()).isNull();
        Map<?, ?> fields = fields(created.getMessage().getHeader(JiraConstants.ISSUE_KEY, String.class));
        assertThat(fields.get("labels")).isEqualTo(List.of("disk", "ops"));
        assertThat(((Map<?, ?>) fields.get("priority")).get("name")).isEqualTo("High");
        assertThat(((Map<?, ?>) fields.get("customfield_10051")).get("value")).isEqualTo("Critical");
        assertThat(fields.get("customfield_10016")).isEqualTo(8);
        assertThat(((Map<?, ?>) fields.get("description")).get("type")).isEqualTo("doc");
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @Test
    void aJsonNodeBodyIsLeftAsTheRouteGaveIt() {
        String options = options(Connections.BASIC);
        ObjectNode friendly = JsonCodec.MAPPER.createObjectNode().put("summary", "Tree body").put("Severity", "Major")
                .put("description", "Shaped into ADF");
        ObjectNode jiraShape = JsonCodec.MAPPER.createObjectNode();
        jiraShape.putObject("fields").put("Story Points", 3);
        jiraShape.putObject("update").putArray("comment").addObject().putObject("add").put("body", "Made ADF");
        ObjectNode friendlyBefore = friendly.deepCopy();
        ObjectNode jiraShapeBefore = jiraShape.deepCopy();

        Exchange created = context.send("jira:issue/create?project=OPS&issueType=Task&idempotentCreate=true&" + options,
                friendly);
        String key = created.getMessage().getHeader(JiraConstants.ISSUE_KEY, String.class);
        Exchange updated = context.send("jira:issue/update?issueKey=" + key + "&" + options, jiraShape);

        assertThat(created.getException()).isNull();
        assertThat(updated.getException()).isNull();
        assertThat(friendly).isEqualTo(friendlyBefore);
        assertThat(jiraShape).isEqualTo(jiraShapeBefore);
        assertThat(((Map<?, ?>) fields(key).get("customfield_10051")).get("value")).isEqualTo("Major");
        assertThat(fields(key).get("customfield_10016")).isEqualTo(3);
        assertThat(emulator.validationErrors()).isEmpty();
    }

    private static long fieldCatalogueRequests() {
        return emulator.requests().stream()
                .filter(request -> request.method().equals("GET") && request.path().endsWith("/rest/api/3/field"))
                .count();
    }

    private static Map<?, ?> fields(String key) {
        return (Map<?, ?>) emulator.data().issue(key).orElseThrow().get("fields");
    }
}
