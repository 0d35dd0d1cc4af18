package io.github.jiracloud.emulator.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The operations the emulator implements, keyed by method and spec path template. */
public final class Router {

    /** A handler found for a request, with the path variables it needs. */
    public record Route(PathTemplate template, Map<String, String> pathParams, Handler handler) {
    }

    /** One implemented operation, e.g. {@code GET /rest/api/3/issue/{issueIdOrKey}}. */
    public record Operation(String method, String template) {
    }

    private final PathIndex<Map<String, Handler>> index = new PathIndex<>();
    private final Map<String, Map<String, Handler>> byTemplate = new HashMap<>();

    /** Registers {@code handler} for e.g. {@code ("GET", "/rest/api/3/issue/{issueIdOrKey}")}. */
    public synchronized Router add(String method, String template, Handler handler) {
        Map<String, Handler> methods = new HashMap<>(byTemplate.getOrDefault(template, Map.of()));
        methods.put(method.toUpperCase(Locale.ROOT), handler);
        byTemplate.put(template, Map.copyOf(methods));
        index.put(PathTemplate.of(template), byTemplate.get(template));
        return this;
    }

    public Router get(String template, Handler handler) {
        return add("GET", template, handler);
    }

    public Router post(String template, Handler handler) {
        return add("POST", template, handler);
    }

    public Router put(String template, Handler handler) {
        return add("PUT", template, handler);
    }

    public Router delete(String template, Handler handler) {
        return add("DELETE", template, handler);
    }

    public synchronized List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        byTemplate.forEach((template, methods) -> methods.keySet()
                .forEach(method -> operations.add(new Operation(method, template))));
        return operations;
    }

    public Optional<Route> find(String method, String path) {
        return index.find(path).flatMap(match -> Optional.ofNullable(match.value().get(method))
                .map(handler -> new Route(match.template(), match.variables(), handler)));
    }
}
