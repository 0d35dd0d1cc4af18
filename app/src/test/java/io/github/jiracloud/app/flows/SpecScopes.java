package io.github.jiracloud.app.flows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jiracloud.emulator.validation.SpecCatalog;
import io.github.jiracloud.emulator.validation.SpecLocation;

/**
 * The OAuth 2.0 scopes Atlassian's platform spec asks of each operation ({@code x-atlassian-oauth2-scopes}, the
 * classic "Current" ones), so a test can check that what a flow calls is covered by the bundle's {@code jira.scopes}.
 */
final class SpecScopes {

    private record Template(Pattern path, String template, JsonNode item) {
    }

    private final List<Template> templates = new ArrayList<>();

    private SpecScopes(JsonNode spec) {
        spec.path("paths").properties().forEach(path -> templates.add(new Template(
                Pattern.compile(path.getKey().replaceAll("\\{[^}]+}", "[^/]+")), path.getKey(), path.getValue())));
        // Literal paths before templated ones, as routers match them: /issue/bulkfetch is not /issue/{key}.
        templates.sort((a, b) -> Long.compare(a.template().chars().filter(c -> c == '{').count(),
                b.template().chars().filter(c -> c == '{').count()));
    }

    static SpecScopes load() throws IOException {
        Path file = SpecLocation.defaultDirectory().resolve(SpecCatalog.PLATFORM_FILE);
        return new SpecScopes(new ObjectMapper().readTree(file.toFile()));
    }

    /** The classic scopes of the operation a call reached, e.g. {@code [write:jira-work]}; empty when none is known. */
    Optional<Set<String>> of(String method, String path) {
        String apiPath = path.replaceFirst("^/ex/jira/[^/]+", "");
        for (Template template : templates) {
            if (template.path().matcher(apiPath).matches()) {
                JsonNode operation = template.item().path(method.toLowerCase(Locale.ROOT));
                for (JsonNode scheme : operation.path("x-atlassian-oauth2-scopes")) {
                    if ("Current".equals(scheme.path("state").asText())) {
                        Set<String> scopes = new TreeSet<>();
                        scheme.path("scopes").forEach(scope -> scopes.add(scope.asText()));
                        return Optional.of(scopes);
                    }
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

}
