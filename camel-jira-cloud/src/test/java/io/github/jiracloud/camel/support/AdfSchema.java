package io.github.jiracloud.camel.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.fge.jsonschema.core.exceptions.ProcessingException;
import com.github.fge.jsonschema.core.report.ProcessingMessage;
import com.github.fge.jsonschema.core.report.ProcessingReport;
import com.github.fge.jsonschema.main.JsonSchema;
import com.github.fge.jsonschema.main.JsonSchemaFactory;

/**
 * Atlassian's ADF JSON schema (draft-04), read where the build points {@code -Djira.adf.schema} (the root pom:
 * {@code ../shared/jira-adf/adf-full.v1.json}); never copied here. Without the file the tests that use it fail,
 * naming the property: a schema check that silently checked nothing would prove nothing.
 */
public final class AdfSchema {

    public static final String PROPERTY = "jira.adf.schema";

    private static JsonSchema schema;

    private AdfSchema() {
    }

    /**
     * Giant documents (ten thousand lines, or lists and quotes nested many levels) are past what the draft-04
     * validator checks in reasonable time: its anyOf retries every branch at every level, so its time grows
     * exponentially with the nesting.
     */
    private static final int LARGEST = 50_000;
    private static final int DEEPEST = 6;

    /**
     * Fuzz loops check every {@code SAMPLE}th document against the schema (and every one against our own rules):
     * the draft-04 validator needs about a tenth of a second per document.
     */
    public static final int SAMPLE = 10;

    /** Whether the schema can check the document in reasonable time (see {@link #DEEPEST}). */
    public static boolean practical(JsonNode document) {
        return document.toString().length() <= LARGEST && nesting(document) <= DEEPEST;
    }

    private static int nesting(JsonNode node) {
        int deepest = 0;
        for (JsonNode child : node.path("content")) {
            deepest = Math.max(deepest, nesting(child));
        }
        return deepest + 1;
    }

    /** What the schema finds wrong with the document; empty when it is valid ADF. */
    public static List<String> problems(JsonNode document) {
        try {
            ProcessingReport report = schema().validate(document);
            List<String> problems = new ArrayList<>();
            for (ProcessingMessage message : report) {
                problems.add(message.getMessage() + " at " + message.asJson().path("instance").path("pointer"));
            }
            return report.isSuccess() ? List.of() : problems;
        } catch (ProcessingException e) {
            throw new IllegalStateException("The ADF schema could not check " + document, e);
        }
    }

    private static synchronized JsonSchema schema() throws ProcessingException {
        if (schema == null) {
            String location = System.getProperty(PROPERTY, "");
            Path file = Path.of(location);
            if (location.isBlank() || !Files.isRegularFile(file)) {
                throw new IllegalStateException("Atlassian's ADF schema was not found at '" + location + "': set -D"
                        + PROPERTY + " to adf-full.v1.json (the build sets it to ../shared/jira-adf/)");
            }
            try {
                schema = JsonSchemaFactory.byDefault().getJsonSchema(new ObjectMapper().readTree(file.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schema;
    }
}
