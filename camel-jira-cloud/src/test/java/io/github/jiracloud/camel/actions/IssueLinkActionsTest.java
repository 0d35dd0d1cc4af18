package io.github.jiracloud.camel.actions;

import java.util.List;
import java.util.Map;

import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.error.JiraBadRequestException;
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

/** issueLink/create, get and delete, and issueLinkType/list, with Basic and OAuth 2.0. */
class IssueLinkActionsTest extends EmulatorTestBase {

    @BeforeAll
    static void startEmulator() {
        emulator = JiraEmulator.builder().port(0).build().start();
    }

    private static String newIssue(String summary) {
        return emulator.data().createIssue(Map.of("project", Map.of("key", "OPS"), "issuetype", Map.of("name", "Task"),
                "summary", summary));
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void linksTwoIssuesFromAFriendlyBodyReadsTheLinkAndDeletesIt(Connections connection) {
        String options = options(connection);
        String blocker = newIssue("Fix the replica");
        String blocked = newIssue("Restore the backups");

        Exchange created = context.send("jira:issueLink/create?" + options, Map.of("type", "Blocks",
                "inwardIssue", blocker, "outwardIssue", blocked, "comment", "Blocked until the replica is fixed."));

        assertThat(created.getException()).isNull();
        String linkId = created.getMessage().getHeader(JiraConstants.LINK_ID, String.class);
        assertThat(linkId).matches("\\d+");
        Map<String, Object> link = created.getMessage().getBody(Map.class);
        assertThat(link).containsEntry("id", linkId);
        assertThat(map(link.get("type"))).containsEntry("name", "Blocks").containsEntry("outward", "blocks");
        assertThat(map(link.get("inwardIssue"))).containsEntry("key", blocker);
        assertThat(map(map(link.get("inwardIssue")).get("fields"))).containsEntry("summary", "Fix the replica");
        assertThat(map(link.get("outwardIssue"))).containsEntry("key", blocked);
        assertThat(emulator.data().comments(blocker)).singleElement()
                .satisfies(comment -> assertThat(comment.get("body").toString()).contains("Blocked until"));

        Exchange read = context.send("jira:issueLink/get?" + options, null, Map.of(JiraConstants.LINK_ID, linkId));
        assertThat(read.getException()).isNull();
        assertThat(read.getMessage().getBody(Map.class)).containsEntry("id", linkId)
                .containsEntry("type", link.get("type"));
        assertThat(map(read.getMessage().getBody(Map.class).get("outwardIssue"))).containsEntry("key", blocked);

        Exchange deleted = context.send("jira:issueLink/delete?linkId=" + linkId + "&" + options, null);
        assertThat(deleted.getException()).isNull();
        assertThat(deleted.getMessage().getBody()).isNull();
        assertThat(issueLinks(blocked)).isEmpty();
        assertThat(emulator.validationErrors()).isEmpty();

        Exchange gone = context.send("jira:issueLink/get?linkId=" + linkId + "&" + options, null);
        assertThat(gone.getException()).isInstanceOf(JiraNotFoundException.class);
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void acceptsJirasOwnShapeWithIdsAndAnAdfComment(Connections connection) {
        String options = options(connection);
        String original = newIssue("Login fails");
        String duplicate = newIssue("Cannot log in");
        String duplicateId = String.valueOf(emulator.data().issue(duplicate).orElseThrow().get("id"));
        Map<String, Object> adf = Map.of("type", "doc", "version", 1, "content", List.of(Map.of("type", "paragraph",
                "content", List.of(Map.of("type", "text", "text", "Same root cause.")))));

        Exchange created = context.send("jira:issueLink/create?" + options, Map.of(
                "type", Map.of("id", "10002"), "inwardIssue", Map.of("id", duplicateId),
                "outwardIssue", Map.of("key", original), "comment", Map.of("body", adf)));

        assertThat(created.getException()).isNull();
        Map<String, Object> link = created.getMessage().getBody(Map.class);
        assertThat(map(link.get("type"))).containsEntry("name", "Duplicate");
        assertThat(map(link.get("inwardIssue"))).containsEntry("key", duplicate);
        assertThat(issueLinks(original)).singleElement().satisfies(entry -> {
            assertThat(entry.get("id")).isEqualTo(link.get("id"));
            assertThat(map(entry.get("inwardIssue"))).containsEntry("key", duplicate);
        });
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @Test
    void linkingTheSameIssuesTwiceGivesTheSameLink() {
        String options = options(Connections.BASIC);
        String first = newIssue("First");
        String second = newIssue("Second");
        Map<String, Object> body = Map.of("type", "relates", "inwardIssue", first, "outwardIssue", second);

        String once = context.send("jira:issueLink/create?" + options, body).getMessage()
                .getHeader(JiraConstants.LINK_ID, String.class);
        String twice = context.send("jira:issueLink/create?" + options, body).getMessage()
                .getHeader(JiraConstants.LINK_ID, String.class);

        assertThat(twice).isNotNull().isEqualTo(once);
        assertThat(issueLinks(first)).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void listsTheLinkTypes(Connections connection) {
        String options = options(connection);

        Exchange listed = context.send("jira:issueLinkType/list?" + options, null);

        assertThat(listed.getException()).isNull();
        List<Map<String, Object>> types = listed.getMessage().getBody(List.class);
        assertThat(types).extracting(type -> type.get("name"))
                .containsExactlyInAnyOrder("Blocks", "Cloners", "Duplicate", "Relates");
        assertThat(types).allSatisfy(type -> assertThat(type).containsKeys("id", "inward", "outward", "self"));
        assertThat(listed.getMessage().getHeader(JiraConstants.RESULT_COUNT)).isEqualTo(4);
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @Test
    void anUnknownLinkTypeIsNotFoundWithJirasMessage() {
        String options = options(Connections.BASIC);

        Exchange created = context.send("jira:issueLink/create?" + options, Map.of("type", "Fixes",
                "inwardIssue", newIssue("A"), "outwardIssue", newIssue("B")));

        assertThat(created.getException()).isInstanceOf(JiraNotFoundException.class)
                .hasMessageContaining("No issue link type with name 'Fixes' found.");
    }

    @Test
    void linkingAnIssueToItselfIsABadRequest() {
        String options = options(Connections.BASIC);
        String issue = newIssue("Alone");

        Exchange created = context.send("jira:issueLink/create?" + options, Map.of("type", "Blocks",
                "inwardIssue", issue, "outwardIssue", issue));

        assertThat(created.getException()).isInstanceOf(JiraBadRequestException.class)
                .hasMessageContaining("cannot link an issue to itself");
    }

    @Test
    void anUnknownIssueIsNotFound() {
        String options = options(Connections.BASIC);

        Exchange created = context.send("jira:issueLink/create?" + options, Map.of("type", "Blocks",
                "inwardIssue", newIssue("Real"), "outwardIssue", "OPS-999999"));

        assertThat(created.getException()).isInstanceOf(JiraNotFoundException.class);
        assertThat(((JiraNotFoundException) created.getException()).getStatus()).isEqualTo(404);
    }

    @Test
    void aBodyWithoutTheOutwardIssueNamesWhatIsMissing() {
        String options = options(Connections.BASIC);

        Exchange created = context.send("jira:issueLink/create?" + options,
                "{\"type\": \"Blocks\", \"inwardIssue\": \"OPS-1\"}");

        assertThat(created.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outwardIssue");
    }

    @Test
    void getWithoutALinkIdNamesTheHeaderAndTheOption() {
        String options = options(Connections.BASIC);

        Exchange read = context.send("jira:issueLink/get?" + options, null);

        assertThat(read.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(JiraConstants.LINK_ID).hasMessageContaining("option linkId");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> issueLinks(String key) {
        Map<String, Object> fields = map(emulator.data().issue(key).orElseThrow().get("fields"));
        return (List<Map<String, Object>>) fields.get("issuelinks");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
