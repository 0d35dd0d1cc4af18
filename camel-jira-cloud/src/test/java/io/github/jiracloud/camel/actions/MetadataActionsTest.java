package io.github.jiracloud.camel.actions;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.error.JiraNotFoundException;
import io.github.jiracloud.camel.support.Connections;
import io.github.jiracloud.camel.support.EmulatorTestBase;
import io.github.jiracloud.emulator.JiraEmulator;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The metadata actions: fields, types, priorities, statuses, resolutions, labels and create metadata. */
class MetadataActionsTest extends EmulatorTestBase {

    private static final int SEEDED_LABELS = 2100;

    @BeforeAll
    static void startEmulator() {
        emulator = JiraEmulator.builder().port(0).seedDemoData(false).build().start();
        for (int issue = 0; issue < SEEDED_LABELS / 100; issue++) {
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                labels.add(String.format("label-%04d", issue * 100 + i));
            }
            emulator.data().createIssue(Map.of("project", Map.of("key", "DEV"), "issuetype", Map.of("name", "Task"),
                    "summary", "Labelled " + issue, "labels", labels));
        }
    }

    @BeforeEach
    void clearRequests() {
        emulator.clearRequests();
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void listsFieldsWithTheCustomOnes(Connections connection) {
        String options = options(connection);

        Exchange listed = context.send("jira:metadata/fields?" + options, null);

        assertThat(listed.getException()).isNull();
        List<Map<String, Object>> fields = listed.getMessage().getBody(List.class);
        assertThat(fields).extracting(field -> field.get("id")).contains("summary", "description", "customfield_10016");
        assertThat(fields).filteredOn(field -> "customfield_10016".equals(field.get("id"))).singleElement()
                .satisfies(
                        field -> assertThat(field).containsEntry("name", "Story Points").containsEntry("custom", true));
        assertThat(listed.getMessage().getHeader(JiraConstants.RESULT_COUNT)).isEqualTo(fields.size());
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void listsIssueTypesPrioritiesStatusesAndResolutions(Connections connection) {
        String options = options(connection);

        assertThat(names(context.send("jira:metadata/issueTypes?" + options, null)))
                .containsExactly("Epic", "Story", "Task", "Sub-task", "Bug");
        assertThat(names(context.send("jira:metadata/priorities?" + options, null)))
                .containsExactly("Highest", "High", "Medium", "Low", "Lowest");
        assertThat(names(context.send("jira:metadata/statuses?" + options, null)))
                .containsExactly("To Do", "In Progress", "Done");
        assertThat(names(context.send("jira:metadata/resolutions?pageSize=3&" + options, null)))
                .containsExactly("Done", "Won't Do", "Duplicate", "Cannot Reproduce");
        assertThat(requestsTo("/resolution/search")).isEqualTo(2);
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void listsEveryLabelAcrossPagesAsStrings(Connections connection) {
        String options = options(connection);

        Exchange listed = context.send("jira:metadata/labels?pageSize=1000&" + options, null);

        assertThat(listed.getException()).isNull();
        List<Object> labels = listed.getMessage().getBody(List.class);
        assertThat(labels).hasSize(SEEDED_LABELS).allMatch(String.class::isInstance).doesNotHaveDuplicates()
                .startsWith("label-0000", "label-0001").endsWith("label-2099");
        assertThat(requestsTo("/label")).isEqualTo(3);
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @Test
    void labelsStreamLazily() {
        String options = options(Connections.BASIC);

        Exchange listed = context.send("jira:metadata/labels?pageSize=500&streamResults=true&" + options, null);

        Iterator<?> labels = listed.getMessage().getBody(Iterator.class);
        assertThat(requestsTo("/label")).isEqualTo(1);
        int count = 0;
        while (labels.hasNext()) {
            labels.next();
            count++;
        }
        assertThat(count).isEqualTo(SEEDED_LABELS);
        assertThat(requestsTo("/label")).isEqualTo(5);
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void createMetaListsTheIssueTypesOfAProject(Connections connection) {
        String options = options(connection);

        Exchange listed = context.send("jira:metadata/createMeta?pageSize=2&" + options, null,
                Map.of(JiraConstants.PROJECT_KEY, "OPS"));

        assertThat(listed.getException()).isNull();
        assertThat(names(listed)).containsExactly("Epic", "Story", "Task", "Sub-task", "Bug");
        assertThat(requestsTo("/issue/createmeta/OPS/issuetypes")).isEqualTo(3);
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void createMetaListsTheFieldsOfAnIssueTypeGivenByName(Connections connection) {
        String options = options(connection);

        Exchange listed = context.send("jira:metadata/createMeta?project=DEV&issueType=sub-task&pageSize=5&" + options,
                null);

        assertThat(listed.getException()).isNull();
        List<Map<String, Object>> fields = listed.getMessage().getBody(List.class);
        assertThat(fields).extracting(field -> field.get("fieldId"))
                .contains("summary", "issuetype", "parent", "priority", "labels", "customfield_10051")
                .doesNotHaveDuplicates();
        assertThat(fields).filteredOn(field -> Boolean.TRUE.equals(field.get("required")))
                .extracting(field -> field.get("fieldId")).containsExactlyInAnyOrder("summary", "issuetype", "project",
                        "parent");
        Map<String, Object> issueType = fields.stream().filter(field -> "issuetype".equals(field.get("fieldId")))
                .findFirst().orElseThrow();
        assertThat((List<?>) issueType.get("allowedValues")).singleElement()
                .satisfies(type -> assertThat(((Map<?, ?>) type).get("id")).isEqualTo("10003"));
        assertThat(requestsTo("/issue/createmeta/DEV/issuetypes/10003")).isEqualTo((fields.size() + 4) / 5);
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @Test
    void createMetaTakesAnIssueTypeIdWithoutLookingItUp() {
        String options = options(Connections.BASIC);

        Exchange listed = context.send("jira:metadata/createMeta?project=OPS&issueType=10004&" + options, null);

        assertThat(listed.getMessage().getBody(List.class)).isNotEmpty();
        assertThat(requestsTo("/issue/createmeta/OPS/issuetypes")).isZero();
    }

    @Test
    void anUnknownIssueTypeNameListsTheProjectsTypes() {
        String options = options(Connections.BASIC);

        Exchange listed = context.send("jira:metadata/createMeta?project=OPS&issueType=Incident&" + options, null);

        assertThat(listed.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Incident").hasMessageContaining("Epic, Story, Task, Sub-task, Bug");
    }

    @Test
    void createMetaOfAnUnknownProjectIsNotFound() {
        String options = options(Connections.BASIC);

        Exchange listed = context.send("jira:metadata/createMeta?project=NOPE&" + options, null);

        assertThat(listed.getException()).isInstanceOf(JiraNotFoundException.class);
    }

    private static List<Object> names(Exchange exchange) {
        assertThat(exchange.getException()).isNull();
        return ((List<?>) exchange.getMessage().getBody(List.class)).stream()
                .map(item -> ((Map<?, ?>) item).get("name")).map(Object.class::cast).toList();
    }

    private static long requestsTo(String pathEnd) {
        return emulator.requests().stream().filter(request -> request.path().endsWith("/rest/api/3" + pathEnd)).count();
    }
}
