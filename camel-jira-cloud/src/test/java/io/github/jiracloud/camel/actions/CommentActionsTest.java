package io.github.jiracloud.camel.actions;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.error.JiraNotFoundException;
import io.github.jiracloud.camel.support.Connections;
import io.github.jiracloud.camel.support.EmulatorTestBase;
import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.RecordedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** comment/add, list (every page), get, update and delete end to end, with Basic and with OAuth 2.0. */
class CommentActionsTest extends EmulatorTestBase {

    private String issueKey;

    @BeforeAll
    static void startEmulator() {
        emulator = JiraEmulator.builder().port(0).seedDemoData(false).build().start();
    }

    @BeforeEach
    void newIssue() {
        issueKey = emulator.data().createIssues("OPS", 1).get(0);
        emulator.clearRequests();
        emulator.clearValidationErrors();
    }

    @Override
    protected String options(Connections connection) {
        return super.options(connection) + "&issueKey=" + issueKey;
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void addsReadsUpdatesAndDeletesAComment(Connections connection) {
        String options = options(connection);
        Exchange added = context.send("jira:comment/add?" + options, "Restarted the service.");
        assertThat(added.getException()).isNull();
        String id = added.getMessage().getHeader(JiraConstants.COMMENT_ID, String.class);
        assertThat(id).isNotBlank();

        Exchange read = context.send("jira:comment/get?expand=renderedBody&" + options, null,
                Map.of(JiraConstants.COMMENT_ID, id));
        assertThat(read.getException()).isNull();
        assertThat(body(read)).containsEntry("id", id).containsKey("renderedBody");
        assertThat(body(read).get("body").toString()).contains("Restarted the service.");

        Exchange updated = context.send("jira:comment/update?textFormat=markdown&notifyUsers=false&" + options,
                "Restarted **twice**.", Map.of(JiraConstants.COMMENT_ID, id));
        assertThat(updated.getException()).isNull();
        assertThat(updated.getMessage().getHeader(JiraConstants.COMMENT_ID)).isEqualTo(id);
        assertThat(body(updated).get("body").toString()).contains("twice", "strong");
        assertThat(lastRequest("PUT").query()).contains("notifyUsers=false");
        assertThat(emulator.data().comments(issueKey)).singleElement()
                .satisfies(comment -> assertThat(comment.get("body").toString()).contains("twice"));

        Exchange deleted = context.send("jira:comment/delete?commentId=" + id + "&" + options, null);
        assertThat(deleted.getException()).isNull();
        assertThat(deleted.getMessage().getBody()).isNull();
        assertThat(emulator.data().comments(issueKey)).isEmpty();
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void listsEveryPageOfComments(Connections connection) {
        String options = options(connection);
        emulator.data().addComments(issueKey, 230);

        Exchange listed = context.send("jira:comment/list?pageSize=50&expand=renderedBody&" + options, null);

        assertThat(listed.getException()).isNull();
        List<Map<String, Object>> comments = listed.getMessage().getBody(List.class);
        assertThat(comments).hasSize(230);
        assertThat(listed.getMessage().getHeader(JiraConstants.RESULT_COUNT)).isEqualTo(230);
        assertThat(text(comments.get(0))).isEqualTo("Seeded comment 1");
        assertThat(text(comments.get(229))).isEqualTo("Seeded comment 230");
        assertThat(comments).allSatisfy(comment -> assertThat(comment).containsKey("renderedBody"));
        assertThat(emulator.requests()).filteredOn(r -> r.method().equals("GET") && r.path().endsWith("/comment"))
                .hasSize(5);
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @Test
    void streamsCommentsPageByPageAndHonoursTheLimit() {
        String options = options(Connections.BASIC);
        emulator.data().addComments(issueKey, 120);

        Exchange streamed = context.send("jira:comment/list?streamResults=true&" + options, null);
        Iterator<?> iterator = streamed.getMessage().getBody(Iterator.class);
        int count = 0;
        while (iterator.hasNext()) {
            iterator.next();
            count++;
        }
        assertThat(count).isEqualTo(120);

        Exchange limited = context.send("jira:comment/list?limit=7&" + options, null);
        assertThat(limited.getMessage().getBody(List.class)).hasSize(7);
    }

    @Test
    void updateTakesJirasOwnBodyWithVisibility() {
        String options = options(Connections.BASIC);
        String id = context.send("jira:comment/add?" + options, "first")
                .getMessage().getHeader(JiraConstants.COMMENT_ID, String.class);

        Exchange updated = context.send("jira:comment/update?" + options,
                Map.of("body", "Only for admins", "visibility", Map.of("type", "role", "value", "Administrators")),
                Map.of(JiraConstants.COMMENT_ID, id));

        assertThat(updated.getException()).isNull();
        assertThat(body(updated)).containsEntry("visibility", Map.of("type", "role", "value", "Administrators"));
        assertThat(((Map<?, ?>) body(updated).get("body")).get("type")).isEqualTo("doc");
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void anUnknownCommentIsATypedNotFound(Connections connection) {
        String options = options(connection);

        Exchange read = context.send("jira:comment/get?commentId=999999&" + options, null);

        assertThat(read.getException()).isInstanceOf(JiraNotFoundException.class);
        assertThat(((JiraNotFoundException) read.getException()).getErrorMessages())
                .anyMatch(message -> message.contains("999999"));
        Exchange deleted = context.send("jira:comment/delete?commentId=999999&" + options, null);
        assertThat(deleted.getException()).isInstanceOf(JiraNotFoundException.class);
    }

    @Test
    void aMissingCommentIdOrBodyIsExplained() {
        String options = options(Connections.BASIC);

        Exchange noId = context.send("jira:comment/get?" + options, null);
        assertThat(noId.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(JiraConstants.COMMENT_ID).hasMessageContaining("commentId");

        Exchange noBody = context.send("jira:comment/update?commentId=1&" + options, "  ");
        assertThat(noBody.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("comment/update body is empty");
        assertThat(emulator.requests()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(Exchange exchange) {
        return exchange.getMessage().getBody(Map.class);
    }

    /** The text of a one-paragraph comment. */
    private static Object text(Map<String, Object> comment) {
        Map<?, ?> paragraph = (Map<?, ?>) ((List<?>) ((Map<?, ?>) comment.get("body")).get("content")).get(0);
        return ((Map<?, ?>) ((List<?>) paragraph.get("content")).get(0)).get("text");
    }

    private static RecordedRequest lastRequest(String method) {
        return emulator.requests().stream().filter(r -> r.method().equals(method)).reduce((a, b) -> b).orElseThrow();
    }
}
