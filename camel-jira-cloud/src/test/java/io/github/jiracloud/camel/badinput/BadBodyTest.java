package io.github.jiracloud.camel.badinput;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.jiracloud.camel.adf.AdfException;
import io.github.jiracloud.camel.error.JiraBadRequestException;
import io.github.jiracloud.camel.support.JiraTestContext;
import io.github.jiracloud.emulator.JiraEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static io.github.jiracloud.camel.badinput.BadInput.body;
import static org.assertj.core.api.Assertions.assertThat;

/** Bodies that must be refused, by us before the call or by Jira with a 400 that names the field. */
class BadBodyTest {

    private static final Class<IllegalArgumentException> IAE = IllegalArgumentException.class;
    private static final Class<JiraBadRequestException> JIRA_400 = JiraBadRequestException.class;

    private static JiraEmulator emulator;
    private JiraTestContext context;

    @BeforeAll
    static void startEmulator() {
        emulator = JiraEmulator.builder().port(0).build().start();
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @BeforeEach
    void createContext() {
        context = new JiraTestContext(emulator);
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    static Stream<BadInput> badBodies() {
        // ADF documents pass through to Jira as they are (Jira judges their content); other objects are refused.
        Map<String, Object> notAdf = Map.of("type", "paragraph", "content", List.of());
        return Stream.of(
                body("create: no body", "issue/create", null, IAE, "issue/create", "empty"),
                body("create: empty string", "issue/create", "", IAE, "issue/create", "JSON object"),
                body("create: malformed JSON", "issue/create", "{\"fields\": {\"summary\": ", IAE, "not valid JSON"),
                body("create: JSON array", "issue/create", "[1, 2, 3]", IAE, "JSON object"),
                body("create: a number", "issue/create", 42, IAE, "issue/create", "JSON object"),
                body("create: a list", "issue/create", List.of("summary"), IAE, "JSON object"),
                body("create: no fields", "issue/create", Map.of(), JIRA_400, "project"),
                body("create: no project", "issue/create", Map.of("fields", Map.of("summary", "s",
                        "issuetype", Map.of("name", "Task"))), JIRA_400, "project"),
                body("create: no summary", "issue/create", Map.of("fields", Map.of("project", Map.of("key", "OPS"),
                        "issuetype", Map.of("name", "Task"))), JIRA_400, "summary"),
                body("create: unknown project", "issue/create", Map.of("fields", Map.of("project",
                        Map.of("key", "NOPE"), "summary", "s", "issuetype", Map.of("name", "Task"))), JIRA_400,
                        "project"),
                body("create: summary a number", "issue/create", Map.of("fields", Map.of("project",
                        Map.of("key", "OPS"), "summary", 12, "issuetype", Map.of("name", "Task"))), JIRA_400,
                        "summary"),
                body("create: fields a string", "issue/create", Map.of("fields", "summary=x"), JIRA_400, "summary"),
                body("create: description an object but not ADF", "issue/create", Map.of("fields", Map.of(
                        "project", Map.of("key", "OPS"), "summary", "s", "issuetype", Map.of("name", "Task"),
                        "description", notAdf)), AdfException.class, "ADF"),
                body("update: malformed JSON", "issue/update?issueKey=OPS-1", "{fields:", IAE, "not valid JSON"),
                body("update: unknown field", "issue/update?issueKey=OPS-1",
                        Map.of("fields", Map.of("customfield_99999", "x")), JIRA_400, "customfield_99999"),
                body("comment: no body", "comment/add?issueKey=OPS-1", null, IAE, "comment/add", "empty"),
                body("comment: blank text", "comment/add?issueKey=OPS-1", "   ", IAE, "empty"),
                body("comment: a number", "comment/add?issueKey=OPS-1", 3.5, IAE, "comment/add"),
                body("comment: object not ADF", "comment/add?issueKey=OPS-1", notAdf, IAE, "comment/add",
                        "ADF document"),
                body("worklog: no body", "worklog/add?issueKey=OPS-1", null, IAE, "worklog/add", "empty"),
                body("worklog: not a duration", "worklog/add?issueKey=OPS-1", "a while", IAE, "a while", "duration"),
                body("worklog: no time", "worklog/add?issueKey=OPS-1", Map.of("comment", "x"), JIRA_400, "time spent"),
                body("worklog: started not a date", "worklog/add?issueKey=OPS-1",
                        Map.of("timeSpent", "1h", "started", "yesterday"), IAE, "yesterday"),
                body("search: malformed JQL", "search/jql?jql=project = = OPS", null, JIRA_400, "jql"),
                body("api/call: path outside /rest", "api/call?httpMethod=GET&path=/admin", null, IAE, "/rest/"),
                body("api/call: dot segments", "api/call?httpMethod=GET&path=/rest/api/3/../../admin", null, IAE,
                        "dot segments"),
                body("api/call: query in path", "api/call?httpMethod=GET&path=/rest/api/3/myself?x=1", null, IAE,
                        "CamelJiraQuery"),
                body("api/call: unsupported method", "api/call?httpMethod=TRACE&path=/rest/api/3/myself", null, IAE,
                        "TRACE"),
                body("api/call: no path", "api/call?httpMethod=GET", null, IAE, "path"),
                body("transition: unknown name", "issue/transition?issueKey=OPS-1&transition=Teleport", null, IAE,
                        "Teleport"),
                body("transition: none given", "issue/transition?issueKey=OPS-1", null, IAE, "transition"),
                body("search: no JQL", "search/jql", null, IAE, "jql"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void isRefusedWithAMessageNamingTheField(BadInput input) {
        input.assertRefused(context, context.basic());
    }

    @Test
    void aHugeSummaryIsRefusedByJiraWithoutRunningOutOfMemoryOrHanging() {
        String summary = "x".repeat(20 * 1024 * 1024);
        BadInput huge = body("create: 20 MB summary", "issue/create", Map.of("fields", Map.of("project",
                Map.of("key", "OPS"), "summary", summary, "issuetype", Map.of("name", "Task"))), JIRA_400, "length");
        int before = emulator.data().issueCount("OPS");
        huge.assertRefused(context, context.basic());
        assertThat(emulator.data().issueCount("OPS")).as("nothing was created").isEqualTo(before);
    }
}
