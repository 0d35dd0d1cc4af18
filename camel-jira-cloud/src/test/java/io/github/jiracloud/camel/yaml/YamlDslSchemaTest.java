package io.github.jiracloud.camel.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.fge.jsonschema.core.exceptions.ProcessingException;
import com.github.fge.jsonschema.core.report.LogLevel;
import com.github.fge.jsonschema.core.report.ProcessingMessage;
import com.github.fge.jsonschema.core.report.ProcessingReport;
import com.github.fge.jsonschema.main.JsonSchema;
import com.github.fge.jsonschema.main.JsonSchemaFactory;
import io.github.jiracloud.camel.client.JsonCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every YAML route of the repository, as Camel's tooling sees it: the flows of routes/, the Kamelets' templates, the
 * examples, and the YAML examples of the docs are checked against the YAML DSL's JSON schema of camel-yaml-dsl
 * (schema/camelYamlDsl.json, the one editors use), so a misspelt step or a misplaced option fails here, not in
 * front of a user.
 */
class YamlDslSchemaTest {

    private static final Path REPOSITORY = Path.of("..");
    private static final Pattern YAML_BLOCK = Pattern.compile("(?ms)^```yaml\\n(.*?)^```");
    private static final JsonNode SCHEMA_JSON = camelYamlDslSchemaJson();
    private static final JsonSchema SCHEMA = camelYamlDslSchema();
    /** A whole property placeholder: Camel resolves it before the value is typed, so it may stand for any type. */
    /** Steps Camel 4.22 reports in compact notation when given as a bare string. */
    private static final Set<String> COMPACT_STEPS = Set.of("to", "toD", "log", "wireTap");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^{}]+}}");

    /** One YAML document to check: where it comes from, and the routes as the DSL reads them. */
    record Routes(String source, JsonNode routes) {
        @Override
        public String toString() {
            return source;
        }
    }

    static Stream<Routes> routeFiles() {
        List<Routes> all = new ArrayList<>();
        for (Path file : files(REPOSITORY.resolve("routes"), ".yaml")) {
            all.add(new Routes(name(file), JsonCodec.MAPPER.valueToTree(load(read(file)))));
        }
        for (Path file : files(Path.of("src/test/resources/camel-main"), ".yaml")) {
            all.add(new Routes(name(file), JsonCodec.MAPPER.valueToTree(load(read(file)))));
        }
        for (Path file : files(REPOSITORY.resolve("examples/spring-boot/src/main/resources/camel"), ".yaml")) {
            all.add(new Routes(name(file), JsonCodec.MAPPER.valueToTree(load(read(file)))));
        }
        for (Path file : files(REPOSITORY.resolve("examples/jbang"), ".camel.yaml")) {
            all.add(new Routes(name(file), JsonCodec.MAPPER.valueToTree(load(read(file)))));
        }
        return all.stream();
    }

    /** A Kamelet's template is a route without the {@code route:} around it. */
    static Stream<Routes> kameletTemplates() {
        return files(REPOSITORY.resolve("kamelets"), ".kamelet.yaml").stream().map(file -> {
            Map<?, ?> kamelet = (Map<?, ?>) load(read(file));
            Object template = ((Map<?, ?>) kamelet.get("spec")).get("template");
            return new Routes(name(file), JsonCodec.MAPPER.valueToTree(List.of(Map.of("route", template))));
        });
    }

    /**
     * The YAML examples of the READMEs and the component docs: whole routes as they are, lists of steps inside a
     * route. Other YAML (a Kubernetes object, a Pipe) is not a Camel route and is left out.
     */
    static Stream<Routes> documentedExamples() {
        List<Path> docs = new ArrayList<>(files(Path.of("src/main/docs"), ".md"));
        docs.addAll(files(Path.of("src/main/docs/actions"), ".md"));
        docs.addAll(List.of(REPOSITORY.resolve("README.md"), REPOSITORY.resolve("kamelets/README.md")));
        docs.addAll(files(REPOSITORY.resolve("examples/spring-boot"), ".md"));
        docs.addAll(files(REPOSITORY.resolve("examples/jbang"), ".md"));
        List<Routes> all = new ArrayList<>();
        for (Path doc : docs) {
            Matcher block = YAML_BLOCK.matcher(read(doc));
            for (int index = 1; block.find(); index++) {
                Object yaml = load(block.group(1));
                if (!(yaml instanceof List<?> list) || list.isEmpty()) {
                    continue;
                }
                boolean wholeRoutes = list.get(0) instanceof Map<?, ?> first && first.keySet().stream()
                        .allMatch(key -> SCHEMA_JSON.path("items").path("properties").has(String.valueOf(key)));
                Object routes = wholeRoutes
                        ? list
                        : List.of(Map.of("route",
                                Map.of("from", Map.of("uri", "direct:documented-example", "steps", list))));
                all.add(new Routes(name(doc) + " example " + index, JsonCodec.MAPPER.valueToTree(routes)));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"routeFiles", "kameletTemplates", "documentedExamples"})
    void followsTheYamlDslSchema(Routes routes) throws ProcessingException {
        ProcessingReport report = SCHEMA.validate(routes.routes(), true);

        List<String> problems = new ArrayList<>();
        for (ProcessingMessage message : report) {
            // Warnings (e.g. the schema's own "deprecated" keyword, unknown to draft-04) are not problems of the route.
            if (message.getLogLevel().compareTo(LogLevel.ERROR) < 0) {
                continue;
            }
            String pointer = message.asJson().path("instance").path("pointer").asText();
            JsonNode value = routes.routes().at(pointer);
            // e.g. autoStartup: "{{triage.enabled}}": the schema types it boolean, Camel resolves the placeholder
            // first.
            if ("type".equals(message.asJson().path("keyword").asText()) && value.isTextual()
                    && PLACEHOLDER.matcher(value.asText()).matches()) {
                continue;
            }
            problems.add(pointer + ": " + message.getMessage());
        }
        assertThat(problems).as(routes.source()).isEmpty();
    }

    /**
     * Camel 4.22 warns about the compact notation ({@code - to: jira:...}, {@code - log: "..."}) and asks for the
     * canonical one ({@code - to: {uri: ...}}, {@code - log: {message: ...}}): what we ship and document is canonical.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource({"routeFiles", "kameletTemplates", "documentedExamples"})
    void usesTheCanonicalNotation(Routes routes) {
        List<String> compact = new ArrayList<>();
        collectCompactSteps(routes.routes(), "", compact);
        assertThat(compact).as(routes.source() + ": write these steps as - to: {uri: ...} / - log: {message: ...}")
                .isEmpty();
    }

    private static void collectCompactSteps(JsonNode node, String pointer, List<String> compact) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (COMPACT_STEPS.contains(field.getKey()) && field.getValue().isTextual()) {
                    compact.add(pointer + "/" + field.getKey() + ": " + field.getValue().asText());
                }
                collectCompactSteps(field.getValue(), pointer + "/" + field.getKey(), compact);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectCompactSteps(node.get(i), pointer + "/" + i, compact);
            }
        }
    }

    @Test
    void everyKindOfRouteIsFoundAndAMistakeIsCaught() throws ProcessingException {
        assertThat(routeFiles().map(Routes::source))
                .contains("routes/incident-intake.yaml",
                        "camel-jira-cloud/src/test/resources/camel-main/create-and-comment.yaml",
                        "examples/spring-boot/src/main/resources/camel/open-incident.yaml",
                        "examples/jbang/open-issue.camel.yaml");
        assertThat(kameletTemplates()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(documentedExamples().count()).isGreaterThan(40);

        JsonNode misspelt = JsonCodec.MAPPER.valueToTree(List.of(Map.of("route", Map.of("from", Map.of(
                "uri", "direct:x", "steps", List.of(Map.of("setBdy", Map.of("constant", "x"))))))));
        assertThat(SCHEMA.validate(misspelt, true).isSuccess()).isFalse();
        JsonNode notABoolean = JsonCodec.MAPPER.valueToTree(List.of(Map.of("route", Map.of("autoStartup", "sometimes",
                "from", Map.of("uri", "direct:x", "steps", List.of(Map.of("log", "x")))))));
        assertThat(SCHEMA.validate(notABoolean, true).isSuccess()).isFalse();
        assertThat(PLACEHOLDER.matcher("sometimes").matches()).isFalse();
    }

    private static JsonNode camelYamlDslSchemaJson() {
        try (InputStream schema = YamlDslSchemaTest.class.getResourceAsStream("/schema/camelYamlDsl.json")) {
            assertThat(schema).as("schema/camelYamlDsl.json of camel-yaml-dsl").isNotNull();
            return JsonCodec.MAPPER.readTree(schema);
        } catch (IOException e) {
            throw new UncheckedIOException("Camel's YAML DSL schema could not be read", e);
        }
    }

    private static JsonSchema camelYamlDslSchema() {
        try {
            return JsonSchemaFactory.byDefault().getJsonSchema(SCHEMA_JSON);
        } catch (ProcessingException e) {
            throw new IllegalStateException("Camel's YAML DSL schema is not a JSON schema", e);
        }
    }

    private static List<Path> files(Path directory, String suffix) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's path from the top of the repository, e.g. routes/incident-intake.yaml. */
    private static String name(Path file) {
        return REPOSITORY.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object load(String yaml) {
        return new Load(LoadSettings.builder().build()).loadFromString(yaml);
    }
}
