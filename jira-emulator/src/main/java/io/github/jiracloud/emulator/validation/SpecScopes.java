package io.github.jiracloud.emulator.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jiracloud.emulator.auth.ScopeRequirement;

/**
 * The OAuth 2.0 scopes of each operation of one spec. An operation with {@code x-atlassian-oauth2-scopes} (the
 * platform's) takes any one of its entries: the classic set (state "Current") or the granular set (state "Beta").
 * Without it (the Agile spec) the {@code security} requirements with the {@code OAuth2} scheme say which scopes it
 * takes; {@code "OAuth2": []} means any token. An operation that names neither has no requirement the emulator can
 * check.
 */
final class SpecScopes {

    private static final String OAUTH2 = "OAuth2";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    /** template, then upper-case method. */
    private final Map<String, Map<String, ScopeRequirement>> byTemplate = new HashMap<>();

    static SpecScopes read(JsonNode root) {
        SpecScopes scopes = new SpecScopes();
        root.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (METHODS.contains(operation.getKey())) {
                requirement(operation.getValue()).ifPresent(requirement -> scopes.byTemplate
                        .computeIfAbsent(path.getKey(), ignored -> new HashMap<>())
                        .put(operation.getKey().toUpperCase(Locale.ROOT), requirement));
            }
        }));
        return scopes;
    }

    Optional<ScopeRequirement> requirement(String template, String method) {
        Map<String, ScopeRequirement> methods = byTemplate.get(template);
        return methods == null ? Optional.empty() : Optional.ofNullable(methods.get(method.toUpperCase(Locale.ROOT)));
    }

    private static Optional<ScopeRequirement> requirement(JsonNode operation) {
        List<Set<String>> alternatives = new ArrayList<>();
        JsonNode atlassian = operation.path("x-atlassian-oauth2-scopes");
        if (atlassian.isArray() && !atlassian.isEmpty()) {
            atlassian.forEach(entry -> {
                if (OAUTH2.equals(entry.path("scheme").asText(OAUTH2))) {
                    alternatives.add(texts(entry.path("scopes")));
                }
            });
            return Optional.of(new ScopeRequirement(alternatives));
        }
        boolean named = false;
        for (JsonNode security : operation.path("security")) {
            if (security.has(OAUTH2)) {
                named = true;
                Set<String> scopes = texts(security.get(OAUTH2));
                if (scopes.isEmpty()) {
                    return Optional.of(new ScopeRequirement(List.of()));
                }
                alternatives.add(scopes);
            }
        }
        return named ? Optional.of(new ScopeRequirement(alternatives)) : Optional.empty();
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new LinkedHashSet<>();
        array.forEach(value -> texts.add(value.asText()));
        return texts;
    }
}
