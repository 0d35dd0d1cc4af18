package io.github.jiracloud.emulator.jql;

import org.junit.jupiter.api.Test;

import static io.github.jiracloud.emulator.jql.TestIssues.CONTEXT;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Queries that parse but that Jira would still reject, with Jira's wording. */
class ValidationTest {

    private static void assertRejected(String jql, String message) {
        assertThatThrownBy(() -> Jql.parse(jql, CONTEXT)).isInstanceOf(JqlException.class).hasMessage(message);
    }

    @Test
    void unknownField() {
        assertRejected("foo = bar", "Field 'foo' does not exist or you do not have permission to view it.");
        assertRejected("project = OPS AND Colour in (red)",
                "Field 'Colour' does not exist or you do not have permission to view it.");
    }

    @Test
    void syntaxErrorsAreReportedBeforeUnknownFields() {
        assertThatThrownBy(() -> Jql.parse("foo = bar AND (status = Done"))
                .hasMessage("Error in the JQL Query: Expecting ')' before the end of the query.");
    }

    @Test
    void operatorNotSupportedByField() {
        assertRejected("summary = \"Login fails\"", "The operator '=' is not supported by the 'summary' field.");
        assertRejected("description in (x)", "The operator 'in' is not supported by the 'description' field.");
        assertRejected("project ~ OPS", "The operator '~' is not supported by the 'project' field.");
        assertRejected("created !~ x", "The operator '!~' is not supported by the 'created' field.");
        assertRejected("labels > x", "The operator '>' is not supported by the 'labels' field.");
        assertRejected("assignee <= x", "The operator '<=' is not supported by the 'assignee' field.");
    }

    @Test
    void operandOfTheWrongShape() {
        assertRejected("status is Done",
                "The operator 'is' only supports the use of EMPTY or NULL with the 'status' field.");
        assertRejected("status is not Done",
                "The operator 'is not' only supports the use of EMPTY or NULL with the 'status' field.");
        assertRejected("project in OPS",
                "The operator 'in' requires a list of values or a function for the 'project' field, "
                        + "e.g. project in (A, B).");
        assertRejected("project = (OPS, PAY)",
                "The operator '=' does not support a list of values for the 'project' field; use 'in' instead.");
        assertRejected("created > EMPTY",
                "The operator '>' does not support the use of EMPTY or NULL with the 'created' field.");
    }

    @Test
    void functions() {
        assertRejected("assignee = fooBar()", "Unable to find JQL function 'fooBar()'.");
        assertRejected("created > currentUser()",
                "A value provided by the function 'currentUser' is invalid for the field 'created'.");
        assertRejected("assignee = now()",
                "A value provided by the function 'now' is invalid for the field 'assignee'.");
        assertRejected("sprint in (startOfDay())",
                "A value provided by the function 'startOfDay' is invalid for the field 'sprint'.");
        assertRejected("created > now(1)", "Function 'now' expected '0' arguments but received '1'.");
        assertRejected("created > startOfDay(1, 2)",
                "Function 'startOfDay' expected between '0' and '1' arguments but received '2'.");
        assertRejected("created > startOfDay(soon)",
                "The function 'startOfDay' has an invalid increment 'soon'. Use a period such as '-1', '+1d' or "
                        + "'-2w'.");
    }

    @Test
    void invalidIssueKeys() {
        assertRejected("key = foo", "The issue key 'foo' for field 'key' is invalid.");
        assertRejected("issuekey in (OPS-1, \"not a key\")",
                "The issue key 'not a key' for field 'issuekey' is invalid.");
    }

    @Test
    void negationDoesNotHideUnsupportedOperators() {
        assertRejected("NOT summary = x", "The operator '=' is not supported by the 'summary' field.");
    }
}
