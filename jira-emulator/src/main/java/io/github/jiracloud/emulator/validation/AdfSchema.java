package io.github.jiracloud.emulator.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.fge.jsonschema.core.exceptions.ProcessingException;
import com.github.fge.jsonschema.main.JsonSchema;
import com.github.fge.jsonschema.main.JsonSchemaFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Atlassian's JSON schema of the Atlassian Document Format ({@code adf-full.v1.json}, draft-04), which Jira Cloud
 * checks rich text against. Read once per JVM from where the build points: the {@code jira.adf.schema} system
 * property (the file), the {@code JIRA_ADF_SCHEMA} environment variable, then {@code ../shared/jira-adf} and
 * {@code ../../shared/jira-adf} from the working directory, as for the OpenAPI specs ({@link SpecLocation}). Without
 * the file the emulator still checks a document's outline only, and says so once.
 */
public final class AdfSchema {

    public static final String FILE = "adf-full.v1.json";
    private static final Logger LOG = LoggerFactory.getLogger(AdfSchema.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static volatile Optional<JsonSchema> shared;

    private AdfSchema() {
    }

    /** Whether {@code document} follows the schema; true when the schema could not be read. */
    public static boolean accepts(Object document) {
        Optional<JsonSchema> schema = shared();
        if (schema.isEmpty()) {
            return true;
        }
        try {
            return schema.get().validInstance(MAPPER.valueToTree(document));
        } catch (ProcessingException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether the schema was found, so rich text is checked against it. */
    public static boolean isLoaded() {
        return shared().isPresent();
    }

    private static Optional<JsonSchema> shared() {
        Optional<JsonSchema> schema = shared;
        if (schema == null) {
            synchronized (AdfSchema.class) {
                if (shared == null) {
                    shared = load(defaultFile());
                }
                schema = shared;
            }
        }
        return schema;
    }

    static Optional<JsonSchema> load(Path file) {
        if (!Files.isRegularFile(file)) {
            LOG.warn("ADF schema validation is OFF: {} not found. Set -Djira.adf.schema or JIRA_ADF_SCHEMA to {}; rich "
                    + "text is then checked for a document's outline only.", file, FILE);
            return Optional.empty();
        }
        try {
            JsonNode schema = MAPPER.readTree(file.toFile());
            return Optional.of(JsonSchemaFactory.byDefault().getJsonSchema(schema));
        } catch (IOException | ProcessingException e) {
            LOG.warn("ADF schema validation is OFF: {} can't be read ({})", file, e.getMessage());
            return Optional.empty();
        }
    }

    /** Where the build points ({@code -Djira.adf.schema}, the file), {@code JIRA_ADF_SCHEMA}, or beside the project. */
    static Path defaultFile() {
        Optional<Path> configured = Optional.ofNullable(System.getProperty("jira.adf.schema"))
                .or(() -> Optional.ofNullable(System.getenv("JIRA_ADF_SCHEMA")))
                .filter(value -> !value.isBlank())
                .map(Path::of);
        if (configured.isPresent()) {
            return configured.get();
        }
        List<Path> guesses = List.of(Path.of("..", "shared", "jira-adf", FILE),
                Path.of("..", "..", "shared", "jira-adf", FILE));
        return guesses.stream().filter(Files::isRegularFile).findFirst().orElse(guesses.get(0));
    }
}
