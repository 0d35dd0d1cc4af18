package io.github.jiracloud.camel.adf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jiracloud.emulator.validation.AdfSchema;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shared helpers: compact expected JSON, and converters whose output is always checked with {@link AdfShape}
 * and Atlassian's ADF schema.
 */
final class AdfTestSupport {

    static final ObjectMapper JSON = new ObjectMapper();

    private AdfTestSupport() {
    }

    /** JSON written with single quotes, so expectations stay readable inside Java strings. */
    static JsonNode json(String singleQuoted) {
        try {
            return JSON.readTree(singleQuoted.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Bad test JSON: " + singleQuoted, e);
        }
    }

    static JsonNode markdown(String markdown) {
        return valid(Adf.fromMarkdown(markdown));
    }

    static JsonNode plain(String text) {
        return valid(Adf.fromPlainText(text));
    }

    /** The blocks of a Markdown document. */
    static JsonNode blocks(String markdown) {
        return markdown(markdown).get("content");
    }

    /** The inline nodes of a Markdown text that makes exactly one paragraph. */
    static JsonNode inline(String markdown) {
        JsonNode blocks = blocks(markdown);
        assertThat(blocks).as("blocks of %s", markdown).hasSize(1);
        assertThat(blocks.get(0).get("type").asText()).isEqualTo("paragraph");
        return blocks.get(0).get("content");
    }

    /** Checked by our own rules and by Atlassian's ADF schema, whatever its size and depth. */
    static <T extends JsonNode> T valid(T doc) {
        assertThat(AdfShape.validate(doc)).as("ADF problems in %s", doc).isEmpty();
        assertThat(AdfSchema.required().problems(doc)).as("ADF schema problems in %s", doc).isEmpty();
        return doc;
    }
}
