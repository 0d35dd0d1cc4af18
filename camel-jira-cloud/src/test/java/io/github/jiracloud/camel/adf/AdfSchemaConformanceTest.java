package io.github.jiracloud.camel.adf;

import java.util.List;

import io.github.jiracloud.camel.client.JsonCodec;
import io.github.jiracloud.emulator.validation.AdfSchema;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the component makes of text follows Atlassian's ADF schema, which Jira (and the emulator) check rich text
 * against, checked as the emulator sees it: the document as JSON maps and lists after the trip over the wire.
 */
class AdfSchemaConformanceTest {

    private static final List<String> TEXTS = List.of("", " ", "\n", "\n\n\n", "One line", "Two\nlines",
            "Para one\n\nPara two", "  indented\n\ttabbed", "Trailing newline\n", "\r\nWindows\r\nlines\r\n",
            "Emoji 🚀 and ünïcödé", "Zero\u0000byte", "Only\u00a0nbsp", "a\n \nb", "*not* markup #1 [x](y)",
            "x".repeat(20_000));

    private static final List<String> MARKDOWN = List.of("", "# Title", "**bold** and _em_ and `code`",
            "- one\n- two\n  - nested", "1. first\n2. second", "> quote\n> more", "```java\nint x;\n```",
            "[link](https://example.com)", "<https://example.com>", "| a | b |\n|---|---|\n| 1 | 2 |", "---",
            "![image](https://example.com/a.png)", "- [ ] task\n- [x] done", "Line  \nbreak", "***", "# ",
            "-", "> ", "``` \n```", "**", "[]()", "1.", "~~strike~~", "Text\n\n\n\nMore", "- \n- a");

    @Test
    void plainTextAlwaysMakesAValidDocument() {
        for (String text : TEXTS) {
            Object document = JsonCodec.MAPPER.convertValue(Adf.fromPlainText(text), Object.class);
            assertThat(AdfSchema.required().problems(document)).as("plain text %s -> %s", show(text),
                    abbreviate(document)).isEmpty();
        }
    }

    @Test
    void markdownAlwaysMakesAValidDocument() {
        for (String markdown : MARKDOWN) {
            Object document = JsonCodec.MAPPER.convertValue(Adf.fromMarkdown(markdown), Object.class);
            assertThat(AdfSchema.required().problems(document)).as("Markdown %s -> %s", show(markdown),
                    abbreviate(document)).isEmpty();
        }
    }

    private static String show(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return '"' + shown.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + '"';
    }

    private static String abbreviate(Object document) {
        String json = String.valueOf(document);
        return json.length() > 300 ? json.substring(0, 300) + "..." : json;
    }
}
