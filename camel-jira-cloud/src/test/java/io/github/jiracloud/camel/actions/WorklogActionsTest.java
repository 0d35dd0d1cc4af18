package io.github.jiracloud.camel.actions;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** worklog/add, list (every page), update and delete end to end, and the time tracking they move. */
class WorklogActionsTest extends EmulatorTestBase {

    private static final long DAY = 8 * 3600;

    private String issueKey;

    @BeforeAll
    static void startEmulator() {
        emulator = JiraEmulator.builder().port(0).seedDemoData(false).build().start();
    }

    @BeforeEach
    void estimatedIssue() {
        issueKey = emulator.data().createIssues("OPS", 1).get(0);
        emulator.data().estimate(issueKey, 3 * DAY, 3 * DAY);
        emulator.clearRequests();
        emulator.clearValidationErrors();
    }

    @Override
    protected String options(Connections connection) {
        return super.options(connection) + "&issueKey=" + issueKey;
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void logsUpdatesListsAndDeletesWorkWhileTheEstimateFollows(Connections connection) {
        String options = options(connection);
        Map<String, Object> work = new LinkedHashMap<>();
        work.put("timeSpent", "1h 30m");
        work.put("started", OffsetDateTime.of(2026, 11, 28, 10, 15, 30, 0, ZoneOffset.ofHours(2)));
        work.put("comment", "Cleaned up **old logs**");

        Exchange added = context.send("jira:worklog/add?textFormat=markdown&" + options, work);
        assertThat(added.getException()).isNull();
        String id = added.getMessage().getHeader(JiraConstants.WORKLOG_ID, String.class);
        assertThat(body(added)).containsEntry("id", id).containsEntry("timeSpentSeconds", 5400)
                .containsEntry("started", "2026-11-28T08:15:30.000+0000");
        assertThat(body(added).get("comment").toString()).contains("old logs", "strong");
        assertThat(lastRequest("POST").body()).contains("\"started\":\"2026-11-28T10:15:30.000+0200\"");
        assertThat(timeTracking()).containsEntry("remainingEstimateSeconds", 3 * DAY - 5400);

        Exchange updated = context.send("jira:worklog/update?adjustEstimate=new&newEstimate=1d&notifyUsers=false&"
                + options, "2h", Map.of(JiraConstants.WORKLOG_ID, id));
        assertThat(updated.getException()).isNull();
        assertThat(body(updated)).containsEntry("timeSpent", "2h");
        assertThat(updated.getMessage().getHeader(JiraConstants.WORKLOG_ID)).isEqualTo(id);
        assertThat(lastRequest("PUT").query()).contains("adjustEstimate=new", "newEstimate=1d", "notifyUsers=false");
        assertThat(timeTracking()).containsEntry("remainingEstimateSeconds", DAY).containsEntry("timeSpentSeconds",
                7200L);

        Exchange listed = context.send("jira:worklog/list?" + options, null);
        assertThat(listed.getMessage().getBody(List.class)).singleElement()
                .satisfies(worklog -> assertThat(((Map<?, ?>) worklog).get("id")).isEqualTo(id));

        Exchange deleted = context.send("jira:worklog/delete?adjustEstimate=manual&increaseBy=30m&worklogId=" + id
                + "&" + options, null);
        assertThat(deleted.getException()).isNull();
        assertThat(timeTracking()).containsEntry("remainingEstimateSeconds", DAY + 1800).doesNotContainKey("timeSpent");
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void listsEveryPageOfWorklogs(Connections connection) {
        String options = options(connection);
        emulator.data().logWork(issueKey, 150, 60);

        Exchange listed = context.send("jira:worklog/list?pageSize=40&" + options, null);

        assertThat(listed.getException()).isNull();
        List<?> worklogs = listed.getMessage().getBody(List.class);
        assertThat(worklogs).hasSize(150);
        assertThat(listed.getMessage().getHeader(JiraConstants.RESULT_COUNT)).isEqualTo(150);
        assertThat(worklogs.stream().map(worklog -> ((Map<?, ?>) worklog).get("id")).distinct()).hasSize(150);
        assertThat(emulator.requests()).filteredOn(r -> r.method().equals("GET") && r.path().endsWith("/worklog"))
                .hasSize(4);
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @Test
    void acceptsDurationsSecondsInstantsAndIsoText() {
        String options = options(Connections.BASIC);

        assertThat(body(context.send("jira:worklog/add?" + options, Duration.ofMinutes(45))))
                .containsEntry("timeSpent", "45m");
        assertThat(body(context.send("jira:worklog/add?" + options, 3600))).containsEntry("timeSpent", "1h");
        Exchange instant = context.send("jira:worklog/add?" + options,
                Map.of("timeSpentSeconds", 600, "started", Instant.parse("2026-01-02T03:04:05Z")));
        assertThat(body(instant)).containsEntry("started", "2026-01-02T03:04:05.000+0000");
        Exchange iso = context.send("jira:worklog/add?adjustEstimate=leave&" + options,
                "{\"timeSpent\": \"1d\", \"started\": \"2026-11-28T10:15:30+01:00\", \"comment\": \"on site\"}");
        assertThat(iso.getException()).isNull();
        assertThat(lastRequest("POST").body()).contains("2026-11-28T10:15:30.000+0100").contains("\"type\":\"doc\"");
        assertThat(lastRequest("POST").query()).isEqualTo("adjustEstimate=leave");
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void workWithoutTimeSpentIsABadRequestWithJirasFieldError(Connections connection) {
        String options = options(connection);

        Exchange refused = context.send("jira:worklog/add?" + options, Map.of("comment", "forgot the time"));

        assertThat(refused.getException()).isInstanceOf(JiraBadRequestException.class);
        assertThat(((JiraBadRequestException) refused.getException()).getErrors()).containsEntry("timeLogged",
                "You must indicate the time spent working.");
        Exchange unknown = context.send("jira:worklog/delete?worklogId=999999&" + options, null);
        assertThat(unknown.getException()).isInstanceOf(JiraNotFoundException.class);
    }

    @Test
    void badBodiesAreExplainedBeforeAnyCall() {
        String options = options(Connections.BASIC);

        assertThat(context.send("jira:worklog/add?" + options, "soon").getException())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a duration");
        assertThat(context.send("jira:worklog/add?" + options, Map.of("timeSpent", "1h", "started", "yesterday"))
                .getException()).hasMessageContaining("started must be a time with an offset");
        assertThat(context.send("jira:worklog/update?" + options, "1h").getException())
                .hasMessageContaining(JiraConstants.WORKLOG_ID);
        assertThat(emulator.requests()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "worklog/add?adjustEstimate=new                      | adjustEstimate=new needs the option newEstimate",
            "worklog/add?adjustEstimate=manual                   | adjustEstimate=manual needs the option reduceBy",
            "worklog/delete?adjustEstimate=manual                | adjustEstimate=manual needs the option increaseBy",
            "worklog/update?adjustEstimate=manual                | not available when updating",
            "worklog/add?newEstimate=2h                          | newEstimate applies only to",
            "worklog/add?adjustEstimate=manual&reduceBy=2h&increaseBy=1h | increaseBy applies only to worklog/delete",
            "worklog/add?adjustEstimate=new&newEstimate=soon     | must be a Jira duration",
            "worklog/delete?adjustEstimate=sometimes             | must be auto, new, manual or leave"})
    void inconsistentEstimateOptionsFailWhenTheRouteStarts(String endpoint, String message) {
        String options = options(Connections.BASIC);

        Throwable failure = catchThrowable(() -> context.camel().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:worklog").to("jira:" + endpoint + "&" + options);
            }
        }));

        assertThat(messages(failure)).contains(message);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(Exchange exchange) {
        assertThat(exchange.getException()).isNull();
        return exchange.getMessage().getBody(Map.class);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> timeTracking() {
        Map<?, ?> fields = (Map<?, ?>) emulator.data().issue(issueKey).orElseThrow().get("fields");
        return (Map<String, Object>) fields.get("timetracking");
    }

    private static RecordedRequest lastRequest(String method) {
        return emulator.requests().stream().filter(r -> r.method().equals(method)).reduce((a, b) -> b).orElseThrow();
    }

    private static String messages(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append('\n');
        }
        return messages.toString();
    }
}
