package io.github.jiracloud.camel.actions;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.client.JsonCodec;
import io.github.jiracloud.camel.error.JiraNotFoundException;
import io.github.jiracloud.camel.support.Connections;
import io.github.jiracloud.camel.support.EmulatorTestBase;
import io.github.jiracloud.emulator.JiraEmulator;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** issue/transitions and issue/transition: by name or id, with fields on the way, and the workflow's history. */
class IssueTransitionActionsTest extends EmulatorTestBase {

    @BeforeAll
    static void startEmulator() {
        emulator = JiraEmulator.builder().port(0).build().start();
    }

    private String newTask(String options) {
        return context.send("jira:issue/create?project=OPS&issueType=Task&" + options, Map.of("summary", "Workflow"))
                .getMessage().getHeader(JiraConstants.ISSUE_KEY, String.class);
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void listsTheTransitionsAnIssueOffersNow(Connections connection) {
        String options = options(connection);
        String key = newTask(options);

        Exchange listed = context.send("jira:issue/transitions?issueKey=" + key + "&" + options, null);

        assertThat(listed.getException()).isNull();
        List<Map<String, Object>> transitions = listed.getMessage().getBody(List.class);
        assertThat(transitions).extracting(transition -> transition.get("name"))
                .containsExactlyInAnyOrder("Start Progress", "Done");
        assertThat(listed.getMessage().getHeader(JiraConstants.RESULT_COUNT)).isEqualTo(2);
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void movesAnIssueByTransitionNameIgnoringCaseAndById(Connections connection) {
        String options = options(connection);
        String key = newTask(options);

        Exchange started = context.send("jira:issue/transition?transition=start progress&" + options, null,
                Map.of(JiraConstants.ISSUE_KEY, key));
        assertThat(started.getException()).isNull();
        assertThat(started.getMessage().getBody(Map.class)).containsEntry("id", "21").containsEntry("name",
                "Start Progress");
        assertThat(status(key)).isEqualTo("In Progress");
        assertThat(transitionIdsSent(key)).containsExactly("21");

        // The header's id (31, Done) wins over the option's name (Start Progress, 21): a different transition, so
        // the outcome tells which one was used.
        Exchange done = context.send("jira:issue/transition?transition=Start Progress&" + options, null,
                Map.of(JiraConstants.ISSUE_KEY, key, JiraConstants.TRANSITION, "31"));
        assertThat(done.getException()).isNull();
        assertThat(done.getMessage().getBody(Map.class)).containsEntry("id", "31").containsEntry("name", "Done");
        assertThat(status(key)).isEqualTo("Done");
        assertThat(transitionIdsSent(key)).containsExactly("21", "31");
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @Test
    void setsTheResolutionAndAddsAMarkdownCommentOnTheWay() {
        String options = options(Connections.BASIC);
        String key = newTask(options);

        Exchange closed = context.send("jira:issue/transition?transition=Done&textFormat=markdown&" + options,
                Map.of("resolution", "Won't Do", "comment", "Duplicate of **OPS-1**"),
                Map.of(JiraConstants.ISSUE_KEY, key));

        assertThat(closed.getException()).isNull();
        Map<?, ?> fields = (Map<?, ?>) emulator.data().issue(key).orElseThrow().get("fields");
        assertThat(((Map<?, ?>) fields.get("resolution")).get("name")).isEqualTo("Won't Do");
        List<Map<String, Object>> comments = emulator.data().comments(key);
        assertThat(comments).hasSize(1);
        assertThat(comments.get(0).get("body").toString()).contains("strong").contains("OPS-1");
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @Test
    void anIssueLeftAsTheBodyByAnEarlierStepIsNotTransitionInput() {
        String options = options(Connections.BASIC);
        Exchange created = context.send("jira:issue/create?project=OPS&issueType=Task&" + options,
                Map.of("summary", "Create then close"));

        Exchange closed = context.send("jira:issue/transition?transition=Done&" + options,
                created.getMessage().getBody(), Map.of(JiraConstants.ISSUE_KEY,
                        created.getMessage().getHeader(JiraConstants.ISSUE_KEY)));

        assertThat(closed.getException()).isNull();
        assertThat(status((String) created.getMessage().getHeader(JiraConstants.ISSUE_KEY))).isEqualTo("Done");
    }

    @Test
    void anUnknownTransitionFailsListingWhatTheIssueOffers() {
        String options = options(Connections.OAUTH2);
        String key = newTask(options);

        Exchange failed = context.send("jira:issue/transition?transition=Reopen&issueKey=" + key + "&" + options, null);

        assertThat(failed.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no transition 'Reopen'")
                .hasMessageContaining("'Start Progress' (id 21)")
                .hasMessageContaining("'Done' (id 31)");
        assertThat(status(key)).isEqualTo("To Do");
    }

    @Test
    void transitionsOfAMissingIssueAreATypedNotFound() {
        String options = options(Connections.BASIC);

        Exchange listed = context.send("jira:issue/transitions?issueKey=OPS-424242&" + options, null);
        Exchange moved = context.send("jira:issue/transition?transition=Done&issueKey=OPS-424242&" + options, null);

        assertThat(listed.getException()).isInstanceOf(JiraNotFoundException.class);
        assertThat(moved.getException()).isInstanceOf(JiraNotFoundException.class);
    }

    @Test
    void noTransitionGivenNamesTheHeaderAndTheOption() {
        String options = options(Connections.BASIC);

        Exchange failed = context.send("jira:issue/transition?issueKey=OPS-1&" + options, null);

        assertThat(failed.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(JiraConstants.TRANSITION).hasMessageContaining("option transition");
    }

    /** The transition ids the emulator was asked to perform on the issue, in order. */
    private static List<String> transitionIdsSent(String key) {
        return emulator.requests().stream()
                .filter(request -> request.method().equals("POST") && request.path().endsWith(key + "/transitions"))
                .map(request -> JsonCodec.readValue(request.body().getBytes(StandardCharsets.UTF_8)))
                .map(body -> String.valueOf(((Map<?, ?>) ((Map<?, ?>) body).get("transition")).get("id"))).toList();
    }

    private static String status(String key) {
        Map<?, ?> fields = (Map<?, ?>) emulator.data().issue(key).orElseThrow().get("fields");
        return (String) ((Map<?, ?>) fields.get("status")).get("name");
    }
}
