package io.github.jiracloud.emulator.validation;

import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;

/**
 * The component schemas one path still refers to after the parser inlined all it could (recursive schemas
 * keep their {@code $ref}). A validator built for one path carries only these: the validator copies the
 * components into every schema it checks, and the full set is large.
 */
final class SchemaRefs {

    private static final String PREFIX = "#/components/schemas/";

    private final Map<String, Schema> allSchemas;
    private final Set<Object> visited = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<String> names = new TreeSet<>();

    private SchemaRefs(Components components) {
        this.allSchemas = components == null || components.getSchemas() == null ? Map.of() : components.getSchemas();
    }

    static Components neededBy(PathItem path, Components components) {
        SchemaRefs refs = new SchemaRefs(components);
        path.readOperations().forEach(refs::operation);
        Map<String, Schema> needed = new LinkedHashMap<>();
        refs.names.forEach(name -> needed.put(name, refs.allSchemas.get(name)));
        return new Components().schemas(needed);
    }

    private void operation(Operation operation) {
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(parameter -> schema(parameter.getSchema()));
        }
        if (operation.getRequestBody() != null) {
            content(operation.getRequestBody().getContent());
        }
        if (operation.getResponses() != null) {
            operation.getResponses().values().forEach(response -> content(response.getContent()));
        }
    }

    private void content(Content content) {
        if (content != null) {
            content.values().forEach(media -> schema(media.getSchema()));
        }
    }

    private void schema(Schema<?> schema) {
        if (schema == null || !visited.add(schema)) {
            return;
        }
        String ref = schema.get$ref();
        if (ref != null && ref.startsWith(PREFIX) && names.add(ref.substring(PREFIX.length()))) {
            schema(allSchemas.get(ref.substring(PREFIX.length())));
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(this::schema);
        }
        schema(schema.getItems());
        if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
            schema(additional);
        }
        for (List<Schema> parts : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (parts != null) {
                parts.forEach(this::schema);
            }
        }
        schema(schema.getNot());
    }
}
