package io.github.jiracloud.emulator.validation;

import java.util.List;
import java.util.Map;

import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.data.edit.Adf;
import io.github.jiracloud.emulator.support.JiraClient;
import io.github.jiracloud.emulator.support.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rich-text field is checked against Atlassian's ADF schema and refused with 400 when it fails, as in Jira. */
class AdfValidationTest {

    /** Looks like a document, but a paragraph may not hold a paragraph, and "text" nodes need their text. */
    private static final Map<String, Object> INVALID = Map.of("type", "doc", "version", 1, "content", List.of(
            Map.of("type", "paragraph", "content", List.of(Map.of("type", "paragraph")))));
    private static final Map<String, Object> EMPTY_TEXT = Map.of("type", "doc", "version", 1, "content", List.of(
            Map.of("type", "paragraph", "content", List.of(Map.of("type", "text", "text", "")))));
    private static final Map<String, Object> RICH = Map.of("type", "doc", "version", 1, "content", List.of(
            Map.of("type", "heading", "attrs", Map.of("level", 2), "content", List.of(Map.of("type", "text",
                    "text", "Cause"))),
            Map.of("type", "bulletList", "content", List.of(Map.of("type", "listItem", "content", List.of(
                    Map.of("type", "paragraph", "content", List.of(Map.of("type", "text", "text", "disk",
                            "marks", List.of(Map.of("type", "strong")))))))))));

    private static final String NESTED_PARAGRAPH = Adf.REQUIRED + ": /content/0/content/0: a node of type "
            + "\"paragraph\" is not allowed here; allowed: text, date, emoji, hardBreak, inlineCard, mention, "
            + "placeholder, status, inlineExtension, mediaInline";

    private static JiraEmulator jira;
    private static JiraClient client;

    @BeforeAll
    static void start() {
        jira = JiraEmulator.builder().build().start();
        client = JiraClient.basic(jira);
    }

    @AfterAll
    static void stop() {
        jira.close();
    }

    @Test
    void theSchemaIsFoundWhereTheBuildPointsAtIt() {
        assertThat(AdfSchema.shared()).isPresent();
        assertThat(Adf.isDocument(RICH)).isTrue();
        assertThat(Adf.isDocument(INVALID)).isFalse();
        assertThat(Adf.isDocument(EMPTY_TEXT)).as("text nodes may not be empty").isFalse();
    }

    @Test
    void everyRichTextFieldIsCheckedAgainstTheSchema() {
        assertThat(create(Map.of("description", RICH)).status()).isEqualTo(201);
        for (String field : List.of("description", "environment", "customfield_10052")) {
            Reply refused = create(Map.of(field, INVALID));
            assertThat(refused.status()).as(field).isEqualTo(400);
            assertThat(refused.errors()).as(field).containsEntry(field, NESTED_PARAGRAPH);
        }
        String key = (String) create(Map.of()).json().get("key");
        Reply comment = client.post("/rest/api/3/issue/" + key + "/comment", Map.of("body", INVALID));
        assertThat(comment.status()).isEqualTo(400);
        assertThat(comment.errors()).containsEntry("comment", NESTED_PARAGRAPH);
        assertThat(client.post("/rest/api/3/issue/" + key + "/comment", Map.of("body", RICH)).status())
                .isEqualTo(201);
        Reply worklog = client.post("/rest/api/3/issue/" + key + "/worklog", Map.of("timeSpentSeconds", 60,
                "comment", EMPTY_TEXT));
        assertThat(worklog.status()).isEqualTo(400);
        assertThat(worklog.errors()).containsEntry("comment",
                Adf.REQUIRED + ": /content/0/content/0/text: must be at least 1 characters long");
        assertThat(client.put("/rest/api/3/issue/" + key, Map.of("fields", Map.of("description", INVALID)))
                .status()).isEqualTo(400);
    }

    @Test
    void aValueThatIsNoDocumentGetsJirasWording() {
        Reply refused = create(Map.of("description", "plain text"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errors()).containsEntry("description", Adf.REQUIRED);
    }

    @Test
    void theErrorNamesWhereAndWhatInADeepDocument() {
        Reply refused = create(Map.of("description", listsWithALinkWithoutHref(40)));
        assertThat(refused.status()).isEqualTo(400);
        String where = "/content/0" + "/content/0/content/0".repeat(40) + "/content/0/marks/0/attrs";
        assertThat(refused.errors()).containsEntry("description",
                Adf.REQUIRED + ": " + where + ": required property 'href' not found");
    }

    @Test
    void aWrongDocumentAsDeepAsTheJsonParserAllowsIsRefused() {
        // 240 list levels: 960 levels of JSON, just below the parser's limit of 1000.
        Reply refused = create(Map.of("description", listsWithALinkWithoutHref(240)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errors().get("description")).startsWith(Adf.REQUIRED + ": /");
    }

    /** Bullet lists nested {@code levels} deep around a link mark that lacks its href. */
    private static Map<String, Object> listsWithALinkWithoutHref(int levels) {
        Map<String, Object> node = Map.of("type", "paragraph", "content", List.of(Map.of("type", "text",
                "text", "deep", "marks", List.of(Map.of("type", "link", "attrs", Map.of())))));
        for (int level = 0; level < levels; level++) {
            node = Map.of("type", "bulletList", "content", List.of(Map.of("type", "listItem", "content",
                    List.of(node))));
        }
        return Map.of("type", "doc", "version", 1, "content", List.of(node));
    }

    private static Reply create(Map<String, Object> extra) {
        Map<String, Object> fields = new java.util.HashMap<>(Map.of("project", Map.of("key", "OPS"), "issuetype",
                Map.of("name", "Task"), "summary", "ADF"));
        fields.putAll(extra);
        return client.post("/rest/api/3/issue", Map.of("fields", fields));
    }
}
