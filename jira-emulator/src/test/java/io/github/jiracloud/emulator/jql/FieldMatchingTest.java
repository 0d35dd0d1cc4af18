package io.github.jiracloud.emulator.jql;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static io.github.jiracloud.emulator.jql.TestIssues.issue;
import static io.github.jiracloud.emulator.jql.TestIssues.map;
import static io.github.jiracloud.emulator.jql.TestIssues.matches;
import static io.github.jiracloud.emulator.jql.TestIssues.matchesSample;
import static io.github.jiracloud.emulator.jql.TestIssues.withField;
import static org.assertj.core.api.Assertions.assertThat;

/** Each system field against the sample issue OPS-1 (see {@link TestIssues}). */
class FieldMatchingTest {

    @Test
    void projectMatchesByKeyIdOrNameCaseInsensitively() {
        assertThat(matchesSample("project = OPS")).isTrue();
        assertThat(matchesSample("project = ops")).isTrue();
        assertThat(matchesSample("project = 10000")).isTrue();
        assertThat(matchesSample("PROJECT = \"Operations\"")).isTrue();
        assertThat(matchesSample("project = PAY")).isFalse();
        assertThat(matchesSample("project != PAY")).isTrue();
        assertThat(matchesSample("project in (PAY, OPS)")).isTrue();
        assertThat(matchesSample("project not in (PAY, OPS)")).isFalse();
    }

    @Test
    void issueKeyMatchesByKeyOrIdUnderEveryAlias() {
        assertThat(matchesSample("key = OPS-1")).isTrue();
        assertThat(matchesSample("issueKey = ops-1")).isTrue();
        assertThat(matchesSample("issue = OPS-1")).isTrue();
        assertThat(matchesSample("id = 10001")).isTrue();
        assertThat(matchesSample("key = 10001")).isTrue();
        assertThat(matchesSample("key in (OPS-2, OPS-1)")).isTrue();
        assertThat(matchesSample("key != OPS-1")).isFalse();
    }

    @Test
    void issueKeysCompareNumericallyWithinAProject() {
        Map<String, Object> ops10 = issue("OPS-10", "10010");
        assertThat(matches("key > OPS-9", ops10)).isTrue();
        assertThat(matches("key <= OPS-9", ops10)).isFalse();
        assertThat(matches("key >= OPS-10", ops10)).isTrue();
        assertThat(matches("key > ABC-1", ops10)).isFalse();
        assertThat(matches("key < PAY-99", ops10)).isFalse();
    }

    @Test
    void issueTypeStatusAndStatusCategory() {
        assertThat(matchesSample("issuetype = Bug")).isTrue();
        assertThat(matchesSample("type = bug")).isTrue();
        assertThat(matchesSample("type = 10004")).isTrue();
        assertThat(matchesSample("status = \"To Do\"")).isTrue();
        assertThat(matchesSample("status = Done")).isFalse();
        assertThat(matchesSample("statusCategory = new")).isTrue();
        assertThat(matchesSample("statusCategory = \"To Do\"")).isTrue();
        assertThat(matchesSample("statusCategory = 2")).isTrue();
        assertThat(matchesSample("statusCategory = Done")).isFalse();
        assertThat(matchesSample("statusCategory != done")).isTrue();
    }

    @Test
    void priorityMatchesByNameAndComparesByRank() {
        assertThat(matchesSample("priority = High")).isTrue();
        assertThat(matchesSample("priority = 2")).isTrue();
        assertThat(matchesSample("priority > Medium")).isTrue();
        assertThat(matchesSample("priority >= High")).isTrue();
        assertThat(matchesSample("priority > High")).isFalse();
        assertThat(matchesSample("priority < Highest")).isTrue();
        assertThat(matchesSample("priority <= Low")).isFalse();
        assertThat(matchesSample("priority in (Highest, High)")).isTrue();
        Map<String, Object> blocker = withField("priority", map("id", "10001", "name", "Blocker"));
        assertThat(matches("priority = Highest", blocker)).isFalse();
        assertThat(matches("priority >= Highest", blocker)).isTrue();
    }

    @Test
    void resolutionUnresolvedMeansEmpty() {
        assertThat(matchesSample("resolution IS EMPTY")).isTrue();
        assertThat(matchesSample("resolution = Unresolved")).isTrue();
        assertThat(matchesSample("resolution = \"Unresolved\"")).isFalse();
        assertThat(matchesSample("resolution != Unresolved")).isFalse();
        Map<String, Object> done = withField("resolution", map("id", "10000", "name", "Done"));
        assertThat(matches("resolution = Done", done)).isTrue();
        assertThat(matches("resolution = Unresolved", done)).isFalse();
        assertThat(matches("resolution IS NOT EMPTY", done)).isTrue();
    }

    @Test
    void textFieldsSearchWords() {
        assertThat(matchesSample("summary ~ login")).isTrue();
        assertThat(matchesSample("summary ~ \"password reset\"")).isTrue();
        assertThat(matchesSample("summary !~ login")).isFalse();
        assertThat(matchesSample("summary ~ logout")).isFalse();
        assertThat(matchesSample("summary !~ logout")).isTrue();
        assertThat(matchesSample("description ~ \"blank page\"")).isTrue();
        assertThat(matchesSample("description ~ bob")).isTrue();
        assertThat(matchesSample("comment ~ staging")).isTrue();
        assertThat(matchesSample("environment IS EMPTY")).isTrue();
        assertThat(matchesSample("environment !~ anything")).isFalse();
    }

    @Test
    void textSearchesSummaryDescriptionAndCommentsTogether() {
        assertThat(matchesSample("text ~ \"login staging blank\"")).isTrue();
        assertThat(matchesSample("text ~ production")).isFalse();
    }

    @Test
    void descriptionMayBePlainTextOrMissing() {
        assertThat(matches("description ~ legacy", withField("description", "A legacy v2 description"))).isTrue();
        assertThat(matches("description IS EMPTY", withField("description", null))).isTrue();
        assertThat(matches("description IS NOT EMPTY", withField("description", null))).isFalse();
    }

    @Test
    void labelsMatchAnyOfTheirValues() {
        assertThat(matchesSample("labels = backend")).isTrue();
        assertThat(matchesSample("labels in (frontend, urgent)")).isTrue();
        assertThat(matchesSample("labels != backend")).isFalse();
        assertThat(matchesSample("labels != frontend")).isTrue();
        assertThat(matchesSample("labels not in (frontend, mobile)")).isTrue();
        assertThat(matchesSample("labels IS EMPTY")).isFalse();
    }

    @Test
    void negativeOperatorsSkipIssuesWithoutAValue() {
        Map<String, Object> unlabelled = withField("labels", List.of());
        assertThat(matches("labels IS EMPTY", unlabelled)).isTrue();
        assertThat(matches("labels = EMPTY", unlabelled)).isTrue();
        assertThat(matches("labels != frontend", unlabelled)).isFalse();
        assertThat(matches("labels not in (frontend)", unlabelled)).isFalse();
        assertThat(matches("labels in (EMPTY, frontend)", unlabelled)).isTrue();
        assertThat(matches("labels not in (EMPTY, frontend)", unlabelled)).isFalse();
    }

    @Test
    void usersMatchByAccountIdEmailOrCurrentUser() {
        assertThat(matchesSample("assignee = acc-alice")).isTrue();
        assertThat(matchesSample("assignee = \"alice@example.com\"")).isTrue();
        assertThat(matchesSample("assignee = currentUser()")).isTrue();
        assertThat(matchesSample("assignee in (currentUser(), acc-carol)")).isTrue();
        assertThat(matchesSample("reporter = currentUser()")).isFalse();
        assertThat(matchesSample("reporter != currentUser()")).isTrue();
        assertThat(matchesSample("assignee IS NOT EMPTY")).isTrue();
        assertThat(matchesSample("creator IS EMPTY")).isTrue();
    }

    @Test
    void unassignedIssuesAreEmptyNotDifferent() {
        Map<String, Object> unassigned = withField("assignee", null);
        assertThat(matches("assignee IS EMPTY", unassigned)).isTrue();
        assertThat(matches("assignee is null", unassigned)).isTrue();
        assertThat(matches("assignee != acc-bob", unassigned)).isFalse();
        assertThat(matches("assignee != acc-bob OR assignee IS EMPTY", unassigned)).isTrue();
        assertThat(matches("assignee in (EMPTY, acc-bob)", unassigned)).isTrue();
    }

    @Test
    void currentUserMatchesNothingForAnAnonymousCaller() {
        JqlQuery query = Jql.parse("assignee = currentUser()");
        assertThat(query.matches(TestIssues.sample(), Map.of())).isFalse();
        assertThat(Jql.parse("assignee != currentUser()").matches(TestIssues.sample(), Map.of())).isTrue();
    }

    @Test
    void componentsVersionsAndParent() {
        assertThat(matchesSample("component = Auth")).isTrue();
        assertThat(matchesSample("component in (10100)")).isTrue();
        assertThat(matchesSample("fixVersion = \"1.0\"")).isTrue();
        assertThat(matchesSample("fixversion = 2.0")).isFalse();
        assertThat(matchesSample("affectedVersion IS EMPTY")).isTrue();
        assertThat(matchesSample("parent = OPS-0")).isTrue();
        assertThat(matchesSample("parent = 10000")).isTrue();
        assertThat(matchesSample("parent in (OPS-5)")).isFalse();
    }

    @Test
    void sprintsMatchByIdNameOrState() {
        assertThat(matchesSample("sprint = 8")).isTrue();
        assertThat(matchesSample("sprint = \"Sprint 7\"")).isTrue();
        assertThat(matchesSample("sprint = 9")).isFalse();
        assertThat(matchesSample("sprint in openSprints()")).isTrue();
        assertThat(matchesSample("sprint in closedSprints()")).isTrue();
        assertThat(matchesSample("sprint in futureSprints()")).isFalse();
        assertThat(matchesSample("sprint not in openSprints()")).isFalse();
        assertThat(matchesSample("sprint IS NOT EMPTY")).isTrue();

        Map<String, Object> onlyClosed = withField("customfield_10020", List.of(map("id", 7, "state", "closed")));
        assertThat(matches("sprint in openSprints()", onlyClosed)).isFalse();
        assertThat(matches("sprint not in openSprints()", onlyClosed)).isTrue();
        assertThat(matches("sprint IS EMPTY", withField("customfield_10020", null))).isTrue();
    }

    @Test
    void sprintFieldCanBeRelocatedByTheContext() {
        JqlContext context = TestIssues.CONTEXT.withCustomFields(Map.of("Sprint", "cf[10099]"));
        Map<String, Object> issue = withField("customfield_10099", List.of(map("id", 3, "state", "active")));
        assertThat(Jql.parse("sprint = 3", context).matches(issue, Map.of())).isTrue();
        assertThat(Jql.parse("sprint = 8", context).matches(issue, Map.of())).isFalse();
    }

    @Test
    void notIsPushedDownLikeJira() {
        Map<String, Object> unassigned = withField("assignee", null);
        assertThat(matches("NOT assignee = acc-bob", unassigned)).isFalse();
        assertThat(matchesSample("NOT assignee = acc-bob")).isTrue();
        assertThat(matchesSample("NOT (project = PAY OR status = Done)")).isTrue();
        assertThat(matchesSample("NOT (project = OPS AND status = Done)")).isTrue();
        assertThat(matchesSample("NOT (project = OPS AND status = \"To Do\")")).isFalse();
        assertThat(matchesSample("NOT NOT project = OPS")).isTrue();
        assertThat(matchesSample("! labels = backend")).isFalse();
        assertThat(matchesSample("NOT resolution IS NOT EMPTY")).isTrue();
        assertThat(matchesSample("NOT priority > Medium")).isFalse();
    }

    @Test
    void booleanCombinationsFollowPrecedence() {
        assertThat(matchesSample("project = PAY AND status = Done OR labels = urgent")).isTrue();
        assertThat(matchesSample("project = PAY AND (status = Done OR labels = urgent)")).isFalse();
        assertThat(matchesSample("project = OPS AND NOT status = Done")).isTrue();
        assertThat(matchesSample("project = PAY OR NOT status = Done AND labels = backend")).isTrue();
    }
}
