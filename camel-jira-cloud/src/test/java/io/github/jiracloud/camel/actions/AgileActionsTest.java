package io.github.jiracloud.camel.actions;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.error.JiraBadRequestException;
import io.github.jiracloud.camel.error.JiraNotFoundException;
import io.github.jiracloud.camel.support.Connections;
import io.github.jiracloud.camel.support.EmulatorTestBase;
import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The agile actions end to end: boards, sprints from creation to completion, moving issues, backlog and errors. */
class AgileActionsTest extends EmulatorTestBase {

    @BeforeAll
    static void startEmulator() {
        emulator = JiraEmulator.builder().port(0).build().start();
    }

    @BeforeEach
    void forgetEarlierRequests() {
        emulator.clearRequests();
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void listsEveryBoardAcrossPagesOrThoseOfAProject(Connections connection) {
        String options = options(connection);

        Exchange all = context.send("jira:agile/boards?pageSize=1&" + options, null);
        assertThat(all.getException()).isNull();
        assertThat(names(all)).containsExactly("OPS board", "DEV board", "DEV kanban");
        assertThat(all.getMessage().getHeader(JiraConstants.RESULT_COUNT)).isEqualTo(3);
        assertThat(requestsTo("GET", "/rest/agile/1.0/board")).hasSize(3);

        Exchange ofDev = context.send("jira:agile/boards?project=OPS&" + options, null,
                Map.of(JiraConstants.PROJECT_KEY, "DEV"));
        assertThat(names(ofDev)).containsExactly("DEV board", "DEV kanban");
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void readsABoardAndASprint(Connections connection) {
        String options = options(connection);

        Exchange board = context.send("jira:agile/board?boardId=2&" + options, null,
                Map.of(JiraConstants.BOARD_ID, "1"));
        assertThat(board.getException()).isNull();
        assertThat(body(board)).containsEntry("name", "OPS board").containsEntry("type", "scrum");
        assertThat(board.getMessage().getHeader(JiraConstants.BOARD_ID)).isEqualTo("1");

        Exchange sprint = context.send("jira:agile/sprint?sprintId=1&" + options, null);
        assertThat(body(sprint)).containsEntry("name", "OPS Sprint 1")
                .containsEntry("state", "active").containsEntry("originBoardId", 1);
        assertThat(sprint.getMessage().getHeader(JiraConstants.SPRINT_ID)).isEqualTo("1");
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void aSprintIsCreatedFilledWithIssuesStartedAndClosed(Connections connection) {
        String options = options(connection);
        List<String> keys = emulator.data().createIssues("OPS", 120);

        Exchange created = context.send("jira:agile/createSprint?" + options, Map.of("name", "Release train",
                "goal", "Ship it", "startDate", OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.ofHours(1)),
                "endDate", Instant.parse("2026-03-16T08:00:00Z")), Map.of(JiraConstants.BOARD_ID, "1"));
        assertThat(created.getException()).isNull();
        Map<String, Object> sprint = body(created);
        assertThat(sprint).containsEntry("state", "future").containsEntry("originBoardId", 1)
                .containsEntry("startDate", "2026-03-02T08:00:00.000Z")
                .containsEntry("endDate", "2026-03-16T08:00:00.000Z");
        String sprintId = created.getMessage().getHeader(JiraConstants.SPRINT_ID, String.class);
        assertThat(sprintId).isEqualTo(String.valueOf(sprint.get("id")));

        Exchange moved = context.send("jira:agile/moveToSprint?" + options, keys,
                Map.of(JiraConstants.SPRINT_ID, sprintId));
        assertThat(moved.getException()).isNull();
        assertThat(body(moved)).containsEntry("moved", 120).containsEntry("requests", 3)
                .containsEntry("sprintId", sprintId);
        assertThat(requestsTo("POST", "/rest/agile/1.0/sprint/" + sprintId + "/issue")).hasSize(3);

        Exchange started = context.send("jira:agile/updateSprint?state=active&sprintId=" + sprintId + "&" + options,
                sprint);
        assertThat(started.getException()).isNull();
        assertThat(body(started)).containsEntry("state", "active").containsEntry("name",
                "Release train");

        Exchange issues = context.send("jira:agile/sprintIssues?fields=summary&sprintId=" + sprintId + "&" + options,
                null);
        assertThat(issues.getException()).isNull();
        List<Map<String, Object>> sprintIssues = issues.getMessage().getBody(List.class);
        assertThat(sprintIssues).extracting(issue -> issue.get("key")).containsExactlyElementsOf(keys);
        assertThat(issues.getMessage().getHeader(JiraConstants.RESULT_COUNT)).isEqualTo(120);
        // Jira serves 50 a page whatever pageSize (100) asks: three pages.
        assertThat(requestsTo("GET", "/rest/software/1.0/sprint/" + sprintId + "/issue")).hasSize(3);
        assertThat(requestsTo("GET", "/rest/agile/1.0/sprint/" + sprintId + "/issue")).as("deprecated").isEmpty();

        Exchange closed = context.send("jira:agile/updateSprint?" + options, "{\"state\": \"closed\"}",
                Map.of(JiraConstants.SPRINT_ID, sprintId));
        assertThat(closed.getException()).isNull();
        assertThat(body(closed)).containsEntry("state", "closed").containsKey("completeDate");
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void sprintsAreFilteredByState(Connections connection) {
        String options = options(connection);
        String planned = context.send("jira:agile/createSprint?boardId=2&" + options, Map.of("name", "Planned"))
                .getMessage().getHeader(JiraConstants.SPRINT_ID, String.class);

        Exchange future = context.send("jira:agile/sprints?boardId=2&state=future&" + options, null);
        assertThat(future.getException()).isNull();
        List<Map<String, Object>> futureSprints = future.getMessage().getBody(List.class);
        assertThat(futureSprints).allSatisfy(sprint -> assertThat(sprint).containsEntry("state", "future"))
                .extracting(sprint -> String.valueOf(sprint.get("id"))).contains(planned);

        Exchange active = context.send("jira:agile/sprints?state=ACTIVE,closed&" + options, null,
                Map.of(JiraConstants.BOARD_ID, 2));
        List<Map<String, Object>> activeSprints = active.getMessage().getBody(List.class);
        assertThat(activeSprints).extracting(sprint -> sprint.get("name")).contains("DEV Sprint 1");
        assertThat(activeSprints).noneMatch(sprint -> "future".equals(sprint.get("state")));
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void theBacklogLeavesOutIssuesPlannedInASprint(Connections connection) {
        String options = options(connection);
        List<String> keys = emulator.data().createIssues("DEV", 4);
        String jql = "key in (" + String.join(",", keys) + ")";
        String sprintId = context.send("jira:agile/createSprint?boardId=2&" + options, Map.of("name", "Next"))
                .getMessage().getHeader(JiraConstants.SPRINT_ID, String.class);
        Exchange moved = context.send("jira:agile/moveToSprint?sprintId=" + sprintId + "&" + options,
                keys.get(0) + ", " + keys.get(1));
        assertThat(body(moved)).containsEntry("moved", 2).containsEntry("requests", 1);

        Exchange backlog = context.send("jira:agile/backlog?boardId=2&" + options, null,
                Map.of(JiraConstants.JQL, jql));
        assertThat(backlog.getException()).isNull();
        assertThat(keys(backlog)).containsExactly(keys.get(2), keys.get(3));

        Exchange board = context.send("jira:agile/boardIssues?boardId=2&fields=summary,customfield_10020&" + options,
                null, Map.of(JiraConstants.JQL, jql));
        assertThat(keys(board)).containsExactlyElementsOf(keys);
        Map<?, ?> fields = (Map<?, ?>) ((Map<?, ?>) board.getMessage().getBody(List.class).get(0)).get("fields");
        assertThat(fields.get("customfield_10020")).asString().contains("Next");
        assertThat(requestsTo("GET", "/rest/software/1.0/board/2/backlog")).hasSize(1);
        assertThat(requestsTo("GET", "/rest/agile/1.0/board/2/backlog")).as("deprecated").isEmpty();

        Exchange backlogCount = context.send("jira:agile/backlogCount?boardId=2&" + options, null,
                Map.of(JiraConstants.JQL, jql));
        Exchange boardCount = context.send("jira:agile/boardIssueCount?boardId=2&jql=" + jql + "&" + options, null);
        assertThat(backlogCount.getMessage().getBody()).isEqualTo(2L);
        assertThat(boardCount.getMessage().getBody()).isEqualTo(4L);

        // The Sprint field is kept in sync, so plain JQL finds the sprint's issues too.
        Exchange searched = context.send("jira:search/jql?fields=key&" + options, null,
                Map.of(JiraConstants.JQL, "sprint = " + sprintId));
        assertThat(keys(searched)).containsExactlyInAnyOrder(keys.get(0), keys.get(1));
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void searchResultsCanBeMovedStraightIntoASprint(Connections connection) {
        String options = options(connection);
        List<String> keys = emulator.data().createIssues("OPS", 2);
        List<?> found = context.send("jira:search/jql?fields=key&" + options, null,
                Map.of(JiraConstants.JQL, "key in (" + String.join(",", keys) + ")")).getMessage().getBody(List.class);

        Exchange moved = context.send("jira:agile/moveToSprint?sprintId=2&" + options,
                Map.of("issues", found, "rankBeforeIssue", keys.get(0)));

        assertThat(moved.getException()).isNull();
        assertThat(body(moved)).containsEntry("moved", 2);
        assertThat(requestsTo("POST", "/rest/agile/1.0/sprint/2/issue")).singleElement()
                .satisfies(request -> assertThat(request.body()).contains("rankBeforeIssue", keys.get(1)));
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void anUnknownBoardIsATypedNotFound(Connections connection) {
        String options = options(connection);

        Exchange board = context.send("jira:agile/board?boardId=999&" + options, null);

        assertThat(board.getException()).isInstanceOf(JiraNotFoundException.class);
        JiraNotFoundException error = (JiraNotFoundException) board.getException();
        assertThat(error.getStatus()).isEqualTo(404);
        assertThat(error.getErrorMessages()).anyMatch(message -> message.contains("board cannot be viewed"));
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void anInvalidStateChangeIsABadRequestWithJirasReason(Connections connection) {
        String options = options(connection);
        String sprintId = context.send("jira:agile/createSprint?boardId=1&" + options, Map.of("name", "Undated"))
                .getMessage().getHeader(JiraConstants.SPRINT_ID, String.class);

        Exchange closedTooSoon = context.send(
                "jira:agile/updateSprint?state=closed&sprintId=" + sprintId + "&" + options,
                null);
        assertThat(closedTooSoon.getException()).isInstanceOf(JiraBadRequestException.class);
        assertThat(((JiraBadRequestException) closedTooSoon.getException()).getStatus()).isEqualTo(400);

        Exchange startedWithoutDates = context.send("jira:agile/updateSprint?state=active&sprintId=" + sprintId + "&"
                + options, null);
        assertThat(startedWithoutDates.getException()).isInstanceOf(JiraBadRequestException.class);
        assertThat(((JiraBadRequestException) startedWithoutDates.getException()).getErrorMessages())
                .anyMatch(message -> message.contains("start date and an end date"));
    }

    @Test
    void moreThanFiftyIssuesInOneRequestIsWhatJiraRefuses() {
        String options = options(Connections.BASIC);
        // The component always splits; a hand-made request of 51 shows why it must.
        Exchange refused = context.send("jira:api/call?httpMethod=POST&path=/rest/agile/1.0/sprint/2/issue&" + options,
                Map.of("issues", emulator.data().createIssues("OPS", 51)));

        assertThat(refused.getException()).isInstanceOf(JiraBadRequestException.class);
    }

    @Test
    void inputsThatCannotWorkAreNamedBeforeCallingJira() {
        String options = options(Connections.BASIC);

        assertThat(context.send("jira:agile/board?boardId=OPS&" + options, null).getException())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("boardId 'OPS' is not a number");
        assertThat(context.send("jira:agile/sprint?" + options, null).getException())
                .hasMessageContaining("CamelJiraSprintId").hasMessageContaining("sprintId");
        assertThat(context.send("jira:agile/moveToSprint?sprintId=2&" + options, null).getException())
                .hasMessageContaining("body is empty");
        assertThat(context.send("jira:agile/moveToSprint?sprintId=2&" + options, List.of(Map.of("summary", "x")))
                .getException()).hasMessageContaining("no issue key or id");
        assertThat(context.send("jira:agile/createSprint?boardId=1&" + options, Map.of("goal", "x")).getException())
                .hasMessageContaining("has no name");
        assertThat(context.send("jira:agile/createSprint?" + options, Map.of("name", "x")).getException())
                .hasMessageContaining("CamelJiraBoardId");
        assertThat(emulator.requests()).isEmpty();
    }

    @Test
    void anInvalidSprintStateFailsWhenTheRouteStarts() {
        String options = options(Connections.BASIC);

        Throwable failure = catchThrowable(() -> context.camel().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:sprints").to("jira:agile/sprints?boardId=1&state=running&" + options);
            }
        }));

        assertThat(failure).isNotNull();
        assertThat(messages(failure)).contains("sprint state 'running'").contains("future, active or closed");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(Exchange exchange) {
        return exchange.getMessage().getBody(Map.class);
    }

    private static List<RecordedRequest> requestsTo(String method, String path) {
        return emulator.requests().stream()
                .filter(request -> request.method().equals(method) && request.path().endsWith(path)).toList();
    }

    private static List<Object> names(Exchange exchange) {
        assertThat(exchange.getException()).isNull();
        return ((List<?>) exchange.getMessage().getBody(List.class)).stream()
                .map(board -> ((Map<?, ?>) board).get("name"))
                .map(Object.class::cast).toList();
    }

    private static List<Object> keys(Exchange exchange) {
        assertThat(exchange.getException()).isNull();
        return ((List<?>) exchange.getMessage().getBody(List.class)).stream()
                .map(issue -> ((Map<?, ?>) issue).get("key"))
                .map(Object.class::cast).toList();
    }

    private static String messages(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append('\n');
        }
        return messages.toString();
    }
}
