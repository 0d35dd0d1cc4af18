package io.github.jiracloud.emulator.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Draft4;
import com.networknt.schema.keyword.KeywordType;
import com.networknt.schema.keyword.NonValidationKeyword;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Atlassian's JSON schema of the Atlassian Document Format ({@code adf-full.v1.json}, draft-04), which Jira Cloud
 * checks rich text against; the one ADF check of the project (the emulator's requests and the component's tests).
 * Read once per JVM from where the build points: the {@code jira.adf.schema} system property (the file), the
 * {@code JIRA_ADF_SCHEMA} environment variable, then {@code ../shared/jira-adf} and {@code ../../shared/jira-adf}
 * from the working directory, as for the OpenAPI specs ({@link SpecLocation}); never copied into the project.
 *
 * <p>Checked with networknt's json-schema-validator, on the schema with each node branch guarded by its node type
 * ({@link TypeGuards}): without the guards, any validator tries every branch of the schema's {@code anyOf} at every
 * level, exponential in the nesting.
 */
public final class AdfSchema {

    public static final String FILE = "adf-full.v1.json";
    public static final String PROPERTY = "jira.adf.schema";
    private static final Logger LOG = LoggerFactory.getLogger(AdfSchema.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Draft-04, as the schema says, with draft-07's if/then/else for the {@link TypeGuards}. */
    private static final Dialect DRAFT_4_WITH_GUARDS = Dialect.builder(Draft4.getInstance())
            .keyword(KeywordType.IF_THEN_ELSE)
            .keyword(new NonValidationKeyword("then"))
            .keyword(new NonValidationKeyword("else"))
            .build();
    private static volatile Optional<AdfSchema> shared;

    private final Schema schema;

    private AdfSchema(Schema schema) {
        this.schema = schema;
    }

    /**
     * The schema where the build points, read once; empty when it is not there, which the log says once (the
     * emulator then checks a document's outline only).
     */
    public static Optional<AdfSchema> shared() {
        Optional<AdfSchema> loaded = shared;
        if (loaded == null) {
            synchronized (AdfSchema.class) {
                if (shared == null) {
                    shared = loadOrWarn(defaultFile());
                }
                loaded = shared;
            }
        }
        return loaded;
    }

    /** The shared schema, for checks that must not pass vacuously: without it, an error that says where to point. */
    public static AdfSchema required() {
        return shared().orElseThrow(() -> new IllegalStateException("Atlassian's ADF schema was not found at "
                + defaultFile().toAbsolutePath() + ": set -D" + PROPERTY + " (or JIRA_ADF_SCHEMA) to " + FILE
                + " (the build sets it to ../shared/jira-adf/" + FILE + ")"));
    }

    /** Reads the schema from {@code file}. */
    public static AdfSchema load(Path file) throws IOException {
        try {
            Schema schema = SchemaRegistry.withDialect(DRAFT_4_WITH_GUARDS)
                    .getSchema(TypeGuards.add(MAPPER.readTree(file.toFile())));
            // Resolves every $ref now, so that validating from several request threads shares a finished schema.
            schema.initializeValidators();
            return new AdfSchema(schema);
        } catch (SchemaException e) {
            throw new IOException(file + " is not a JSON schema the validator can read: " + e.getMessage(), e);
        }
    }

    /**
     * What is wrong with {@code document} (a {@link JsonNode}, or maps and lists as JSON reads them) by the schema,
     * each as {@code "<where>: <what>"}; empty when it is valid ADF. See {@link AdfProblems} for how the schema's
     * tries of every node type are narrowed to the ones that matter.
     */
    public List<String> problems(Object document) {
        JsonNode node = document instanceof JsonNode json ? json : MAPPER.valueToTree(document);
        try {
            return AdfProblems.of(schema.validate(node));
        } catch (StackOverflowError e) {
            // The validator recurses once per level: a document nested hundreds of levels (the JSON parser allows
            // 1000) can be deeper than a request thread's stack. Refused, never taken unchecked (assumed: Jira's
            // limit for nesting is not documented).
            return List.of("/: nested too deeply to be checked");
        }
    }

    private static Optional<AdfSchema> loadOrWarn(Path file) {
        if (!Files.isRegularFile(file)) {
            LOG.warn("ADF schema validation is OFF: {} not found. Set -D{} or JIRA_ADF_SCHEMA to {}; rich text is "
                    + "then checked for a document's outline only.", file, PROPERTY, FILE);
            return Optional.empty();
        }
        try {
            return Optional.of(load(file));
        } catch (IOException e) {
            LOG.warn("ADF schema validation is OFF: {} can't be read ({})", file, e.getMessage());
            return Optional.empty();
        }
    }

    /** Where the build points ({@code -Djira.adf.schema}, the file), {@code JIRA_ADF_SCHEMA}, or beside the project. */
    static Path defaultFile() {
        Optional<Path> configured = Optional.ofNullable(System.getProperty(PROPERTY))
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
