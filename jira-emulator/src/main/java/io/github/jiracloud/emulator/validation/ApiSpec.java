package io.github.jiracloud.emulator.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.util.OpenApiLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiracloud.emulator.auth.ScopeRequirement;
import io.github.jiracloud.emulator.http.Json;
import io.github.jiracloud.emulator.routing.PathIndex;
import io.github.jiracloud.emulator.routing.PathTemplate;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.parser.core.models.ParseOptions;

/**
 * One of Atlassian's OpenAPI files, parsed once, with a validator per path built on first use.
 *
 * <p>Why per path: the validator finds a request's operation by trying every path template with freshly compiled
 * regular expressions, which costs ~0.25 ms a request over the platform spec's 417 paths. The emulator already
 * knows the template (it matches it with {@link PathIndex}), so each validator sees a one-path spec and
 * validation drops to tens of microseconds.
 */
final class ApiSpec {

    private final String fileName;
    private final OpenAPI api;
    private final PathIndex<PathItem> paths = new PathIndex<>();
    private final Map<String, OpenApiInteractionValidator> validators = new ConcurrentHashMap<>();
    private final SpecScopes scopes;

    private ApiSpec(String fileName, OpenAPI api, SpecScopes scopes) {
        this.fileName = fileName;
        this.api = api;
        this.scopes = scopes;
        api.getPaths().forEach((template, item) -> paths.put(PathTemplate.of(template), item));
    }

    static ApiSpec load(Path file) throws IOException {
        ObjectNode root = (ObjectNode) Json.mapper().readTree(file.toFile());
        SpecScopes scopes = SpecScopes.read(root);
        withoutSecurityRequirements(root);
        queryObjectsAsText(root);
        bulkMoveAsJiraReadsIt(root);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        options.setResolveCombinators(false);
        OpenAPI api = new OpenApiLoader().loadApi(
                OpenApiInteractionValidator.SpecSource.inline(Json.mapper().writeValueAsString(root)), List.of(),
                options);
        return new ApiSpec(file.getFileName().toString(), api, scopes);
    }

    String fileName() {
        return fileName;
    }

    /** The spec path template that {@code path} falls under, if any. */
    Optional<PathIndex.Match<PathItem>> match(String path) {
        return paths.find(path);
    }

    /** The OAuth 2.0 scopes of the operation {@code method template}, when the spec names them. */
    Optional<ScopeRequirement> scopes(String template, String method) {
        return scopes.requirement(template, method);
    }

    static boolean allows(PathItem item, String method) {
        try {
            return item.readOperationsMap().containsKey(PathItem.HttpMethod.valueOf(method.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    ValidationReport validateRequest(String template, Request request) {
        return validator(template).validateRequest(request);
    }

    ValidationReport validateResponse(String template, String path, Request.Method method, Response response) {
        return validator(template).validateResponse(path, method, response);
    }

    private OpenApiInteractionValidator validator(String template) {
        return validators.computeIfAbsent(template, ignored -> {
            PathItem item = api.getPaths().get(template);
            OpenAPI onePath = new OpenAPI()
                    .openapi(api.getOpenapi())
                    .info(api.getInfo())
                    .paths(new Paths().addPathItem(template, item))
                    .components(SchemaRefs.neededBy(item, api.getComponents()));
            return OpenApiInteractionValidator.createFor(onePath)
                    .withLevelResolver(ValidationLevels.resolver())
                    .build();
        });
    }

    /**
     * The Agile spec declares list-valued query parameters ({@code state=active,closed}, {@code type=scrum},
     * {@code fields=summary,status}) as objects without properties, which no query string can satisfy; Jira reads
     * them as comma-separated text, so the emulator validates them as text too.
     */
    private static void queryObjectsAsText(ObjectNode root) {
        root.path("paths").forEach(item -> item.forEach(operation -> operation.path("parameters").forEach(parameter -> {
            if ("query".equals(parameter.path("in").asText())
                    && parameter.path("schema") instanceof ObjectNode schema) {
                JsonNode items = schema.path("items");
                if (isObjectWithoutProperties(schema)) {
                    schema.removeAll().put("type", "string");
                } else if (items instanceof ObjectNode itemSchema && isObjectWithoutProperties(itemSchema)) {
                    itemSchema.removeAll().put("type", "string");
                }
            }
        })));
    }

    /**
     * The platform spec's bulk move payload can't be satisfied as written: it requires
     * {@code targetToMultipleSourceMapping}, a property it doesn't define (and forbids as an extra), its mappings
     * require {@code issueIdOrKeys} while defining {@code issueIdsOrKeys}, and the mandatory fields' schema has a
     * discriminator the validator can't compile (so every move would be refused). The emulator validates it as the
     * documented example reads: {@code targetToSourcesMapping} required, {@code issueIdsOrKeys} required per mapping,
     * the mandatory fields' value any of the documented shapes.
     */
    private static void bulkMoveAsJiraReadsIt(ObjectNode root) {
        JsonNode schemas = root.path("components").path("schemas");
        if (schemas.path("IssueBulkMovePayload") instanceof ObjectNode payload) {
            payload.putArray("required").add("targetToSourcesMapping");
        }
        if (schemas.path("targetToSourcesMapping") instanceof ObjectNode mapping
                && mapping.path("required") instanceof com.fasterxml.jackson.databind.node.ArrayNode required) {
            for (int i = 0; i < required.size(); i++) {
                if ("issueIdOrKeys".equals(required.get(i).asText())) {
                    required.set(i, "issueIdsOrKeys");
                }
            }
        }
        if (schemas.path("fields") instanceof ObjectNode fields) {
            fields.remove("discriminator");
            if (fields.path("properties").path("value") instanceof ObjectNode value) {
                value.remove("type");
            }
        }
    }

    private static boolean isObjectWithoutProperties(JsonNode schema) {
        return "object".equals(schema.path("type").asText()) && !schema.has("properties");
    }

    /**
     * Authentication is the emulator's job (the scopes were read before, {@link SpecScopes}), so the spec's security
     * requirements go; the validator would only log that it can't check OAuth 2.0, once per request.
     */
    private static void withoutSecurityRequirements(ObjectNode root) {
        root.remove("security");
        JsonNode pathItems = root.path("paths");
        pathItems.forEach(item -> item.forEach(operation -> {
            if (operation instanceof ObjectNode node) {
                node.remove("security");
            }
        }));
    }
}
