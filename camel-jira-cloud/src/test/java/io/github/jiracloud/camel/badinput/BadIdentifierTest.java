package io.github.jiracloud.camel.badinput;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.error.JiraException;
import io.github.jiracloud.camel.support.JiraTestContext;
import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static io.github.jiracloud.camel.badinput.BadInput.header;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue keys and ids with path tricks, unicode, whitespace or nothing at all, and headers of the wrong type: each
 * refused with a message naming it, and never a request outside the resource the action is for.
 */
class BadIdentifierTest {

    private static final Class<IllegalArgumentException> IAE = IllegalArgumentException.class;

    /** Values that are well-formed strings but no issue: each must end in Jira's 4xx, encoded as one segment. */
    private static final List<String> TRICKY = List.of("../OPS-1", "OPS-1/../../admin", "OPS-1/comment",
            "..%2F..%2Fadmin",
            "OPS-1?expand=names", "OPS-1#comments", "OPS%2F1", "ÖPS-1", "OPS-١", "作業-1", " OPS 1",
            "OPS-1\r\nX-Injected: 1", "OPS-1;jsessionid=1", "%00", "OPS-1%00", "🙂-1", "OPS-99999999999999999999",
            "x".repeat(5000), "\\..\\admin", "./OPS-1", "OPS-1/.");

    /** Where an identifier goes, and the header that carries it. */
    private static final List<String[]> TARGETS = List.of(
            new String[]{"issue/get", JiraConstants.ISSUE_KEY, "issueKey"},
            new String[]{"comment/list", JiraConstants.ISSUE_KEY, "issueKey"},
            new String[]{"worklog/list", JiraConstants.ISSUE_KEY, "issueKey"},
            new String[]{"comment/get?issueKey=OPS-1", JiraConstants.COMMENT_ID, "commentId"},
            new String[]{"attachment/get", JiraConstants.ATTACHMENT_ID, "attachmentId"});

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
        emulator.clearRequests();
        context = new JiraTestContext(emulator);
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    static Stream<BadInput> trickyIdentifiers() {
        List<BadInput> inputs = new ArrayList<>();
        for (String[] target : TARGETS) {
            for (String value : TRICKY) {
                inputs.add(header(target[0] + " with " + printable(value), target[0], target[1], value,
                        JiraException.class, "failed with HTTP 4"));
            }
        }
        return inputs.stream();
    }

    static Stream<BadInput> missingIdentifiers() {
        List<BadInput> inputs = new ArrayList<>();
        for (String[] target : TARGETS) {
            for (String value : List.of("", " ", "\t\n")) {
                inputs.add(header(target[0] + " with '" + printable(value) + "'", target[0], target[1], value, IAE,
                        target[2], target[1]));
            }
            for (String value : List.of(".", "..", " .. ")) {
                inputs.add(header(target[0] + " with '" + value + "'", target[0], target[1], value, IAE,
                        "not a valid identifier"));
            }
        }
        return inputs.stream();
    }

    static Stream<BadInput> wrongHeaderTypes() {
        Map<String, Object> map = new HashMap<>(Map.of("key", "OPS-1"));
        return Stream.of(
                header("issue key a Map", "issue/get", JiraConstants.ISSUE_KEY, map, IAE, JiraConstants.ISSUE_KEY,
                        "String"),
                header("issue key a List", "issue/get", JiraConstants.ISSUE_KEY, List.of("OPS-1"), IAE,
                        JiraConstants.ISSUE_KEY),
                header("issue key bytes", "issue/get", JiraConstants.ISSUE_KEY, "OPS-1".getBytes(), IAE,
                        JiraConstants.ISSUE_KEY),
                header("issue key an Object", "comment/list", JiraConstants.ISSUE_KEY, new Object(), IAE,
                        JiraConstants.ISSUE_KEY),
                header("JQL a Map", "search/jql", JiraConstants.JQL, map, IAE, JiraConstants.JQL),
                header("JQL a List", "search/count", JiraConstants.JQL, List.of("project = OPS"), IAE,
                        JiraConstants.JQL),
                header("comment id a Map", "comment/get?issueKey=OPS-1", JiraConstants.COMMENT_ID, map, IAE,
                        JiraConstants.COMMENT_ID),
                header("account id a List", "user/get", JiraConstants.ACCOUNT_ID, List.of("a"), IAE,
                        JiraConstants.ACCOUNT_ID),
                header("transition a Map", "issue/transition?issueKey=OPS-1", JiraConstants.TRANSITION, map, IAE,
                        JiraConstants.TRANSITION),
                header("worklog id a Boolean", "worklog/delete?issueKey=OPS-1", JiraConstants.WORKLOG_ID, true,
                        IAE, JiraConstants.WORKLOG_ID),
                header("project key a Map", "project/get", JiraConstants.PROJECT_KEY, map, IAE,
                        JiraConstants.PROJECT_KEY),
                header("api path a Map", "api/call?httpMethod=GET", JiraConstants.PATH, map, IAE,
                        JiraConstants.PATH),
                header("api method a List", "api/call?path=/rest/api/3/myself", JiraConstants.HTTP_METHOD,
                        List.of("GET"), IAE, JiraConstants.HTTP_METHOD),
                header("api method a number", "api/call?path=/rest/api/3/myself", JiraConstants.HTTP_METHOD, 5,
                        IAE, "5"),
                header("board id a Map", "agile/board", JiraConstants.BOARD_ID, map, IAE, JiraConstants.BOARD_ID),
                header("sprint id a List", "agile/sprint", JiraConstants.SPRINT_ID, List.of(1), IAE,
                        JiraConstants.SPRINT_ID),
                header("property key a Map", "issue/getProperty?issueKey=OPS-1", JiraConstants.PROPERTY_KEY, map,
                        IAE, JiraConstants.PROPERTY_KEY),
                header("link id a List", "issueLink/get", JiraConstants.LINK_ID, List.of(1), IAE,
                        JiraConstants.LINK_ID),
                header("attachment id a Map", "attachment/get", JiraConstants.ATTACHMENT_ID, map, IAE,
                        JiraConstants.ATTACHMENT_ID));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trickyIdentifiers")
    void aTrickyIdentifierStaysOneEncodedSegmentAndEndsInJirasAnswer(BadInput input) {
        input.assertRefused(context, context.basic());
        String value = input.headers().values().iterator().next().toString().strip();
        // The emulator records each segment decoded, a "/" inside one kept as %2F: the whole value arriving inside
        // the path means it travelled as one segment.
        for (RecordedRequest request : emulator.requests()) {
            assertThat(request.path()).as("the value is one path segment").startsWith("/rest/api/3/")
                    .contains(value.replace("/", "%2F"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("missingIdentifiers")
    void anEmptyOrDotIdentifierIsRefusedBeforeAnyCall(BadInput input) {
        input.assertRefused(context, context.basic());
        assertThat(emulator.requests()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongHeaderTypes")
    void aHeaderOfTheWrongTypeIsRefusedNamingTheHeader(BadInput input) {
        input.assertRefused(context, context.basic());
        assertThat(emulator.requests()).isEmpty();
    }

    private static String printable(String value) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + ")" : value;
        return shown.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }
}
