package io.github.jiracloud.camel;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.camel.error.JiraBadRequestException;
import io.github.jiracloud.camel.error.JiraNotFoundException;
import io.github.jiracloud.camel.support.Connections;
import io.github.jiracloud.camel.support.EmulatorTestBase;
import io.github.jiracloud.emulator.JiraEmulator;
import org.apache.camel.Exchange;
import org.apache.camel.converter.stream.ReaderCache;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** issue/create, issue/get and comment/add end to end against the emulator, with Basic and with OAuth 2.0. */
class IssueActionsTest extends EmulatorTestBase {

    @BeforeAll
    static void startEmulator() {
        emulator = JiraEmulator.builder().port(0).build().start();
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void createsAnIssueFromFriendlyFieldsAndReadsItBack(Connections connection) {
        String options = options(connection);
        Exchange created = context.send("jira:issue/create?" + options, Map.of(
                "project", "OPS", "issuetype", "Task", "summary", "Disk full on db-1",
                "description", "The disk is full.\nCleanup needed.", "labels", List.of("ops", "disk")));

        assertThat(created.getException()).isNull();
        String key = created.getMessage().getHeader(JiraConstants.ISSUE_KEY, String.class);
        assertThat(key).startsWith("OPS-");
        assertThat(created.getMessage().getHeader(JiraConstants.ISSUE_ID, String.class)).isNotBlank();
        assertThat(created.getMessage().getBody(Map.class)).containsKeys("id", "key", "self");

        Exchange read = context.send("jira:issue/get?" + options, null, Map.of(JiraConstants.ISSUE_KEY, key));
        assertThat(read.getException()).isNull();
        Map<String, Object> fields = fields(read);
        assertThat(fields).containsEntry("summary", "Disk full on db-1");
        assertThat((List<Object>) fields.get("labels")).containsExactlyInAnyOrder("ops", "disk");
        Map<?, ?> description = (Map<?, ?>) fields.get("description");
        assertThat(description.get("type")).isEqualTo("doc");
        assertThat(description.toString()).contains("The disk is full.").contains("Cleanup needed.");
        assertThat(read.getMessage().getHeader(JiraConstants.REQUEST_ID, String.class)).isNotBlank();
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void projectAndIssueTypeComeFromOptionsWhenTheBodyHasNone(Connections connection) {
        String options = options(connection);
        Exchange created = context.send("jira:issue/create?project=DEV&issueType=Bug&" + options,
                "{\"summary\": \"Login fails\"}");

        assertThat(created.getException()).isNull();
        assertThat(created.getMessage().getHeader(JiraConstants.ISSUE_KEY, String.class)).startsWith("DEV-");
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void addsAPlainTextCommentAsAtlassianDocument(Connections connection) {
        String options = options(connection);
        String key = context.send("jira:issue/create?project=OPS&issueType=Task&" + options,
                Map.of("summary", "Needs a comment")).getMessage().getHeader(JiraConstants.ISSUE_KEY, String.class);

        Exchange commented = context.send("jira:comment/add?" + options, "Restarted the service.\nAll green.",
                Map.of(JiraConstants.ISSUE_KEY, key));

        assertThat(commented.getException()).isNull();
        Map<?, ?> comment = commented.getMessage().getBody(Map.class);
        assertThat(commented.getMessage().getHeader(JiraConstants.COMMENT_ID)).isEqualTo(comment.get("id"));
        assertThat(((Map<?, ?>) comment.get("body")).get("type")).isEqualTo("doc");
        assertThat(comment.get("body").toString()).contains("Restarted the service.");
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @Test
    void streamedBodiesAreReadAsTextJsonForACreateAndPlainTextForAComment() {
        String options = options(Connections.BASIC);
        // As an HTTP request's body arrives: a stream, or with Camel's stream caching a ReaderCache.
        Exchange created = context.send("jira:issue/create?project=OPS&issueType=Task&" + options,
                new ByteArrayInputStream("{\"summary\": \"Posted over HTTP\"}".getBytes(StandardCharsets.UTF_8)));
        assertThat(created.getException()).isNull();
        String key = created.getMessage().getHeader(JiraConstants.ISSUE_KEY, String.class);

        Exchange commented = context.send("jira:comment/add?" + options, new ReaderCache("Plain text, streamed."),
                Map.of(JiraConstants.ISSUE_KEY, key));

        assertThat(commented.getException()).isNull();
        assertThat(emulator.data().issue(key).orElseThrow().get("fields").toString()).contains("Posted over HTTP");
        assertThat(emulator.data().comments(key).toString()).contains("Plain text, streamed.");
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void anUnknownIssueIsATypedNotFoundWithJirasMessageAndRequestId(Connections connection) {
        String options = options(connection);
        Exchange read = context.send("jira:issue/get?issueKey=OPS-999999&" + options, null);

        assertThat(read.getException()).isInstanceOf(JiraNotFoundException.class);
        JiraNotFoundException error = (JiraNotFoundException) read.getException();
        assertThat(error.getStatus()).isEqualTo(404);
        assertThat(error.getErrorMessages()).anyMatch(m -> m.contains("Issue does not exist"));
        assertThat(error.getRequestId()).isNotBlank();
        assertThat(error.getMessage()).contains("GET /rest/api/3/issue/OPS-999999", "404", "Issue does not exist",
                error.getRequestId());
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void aMissingSummaryIsABadRequestWithJirasFieldError(Connections connection) {
        String options = options(connection);
        Exchange created = context.send("jira:issue/create?" + options, Map.of("project", "OPS", "issuetype", "Task"));

        assertThat(created.getException()).isInstanceOf(JiraBadRequestException.class);
        JiraBadRequestException error = (JiraBadRequestException) created.getException();
        assertThat(error.getStatus()).isEqualTo(400);
        assertThat(error.getErrors()).containsKey("summary");
        assertThat(error.getMessage()).contains("summary");
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void anIssueKeyCannotEscapeItsPathSegment(Connections connection) {
        String options = options(connection);
        Exchange read = context.send("jira:issue/get?" + options, null,
                Map.of(JiraConstants.ISSUE_KEY, "OPS-1/../../myself"));

        // The whole value stays one encoded path segment, so it can never resolve to /rest/api/3/myself.
        assertThat(read.getException()).isInstanceOf(JiraNotFoundException.class);
        assertThat(((JiraNotFoundException) read.getException()).getPath())
                .isEqualTo("/rest/api/3/issue/OPS-1%2F..%2F..%2Fmyself");
        emulator.clearValidationErrors();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fields(Exchange exchange) {
        return (Map<String, Object>) exchange.getMessage().getBody(Map.class).get("fields");
    }
}
