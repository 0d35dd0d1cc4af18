package io.github.jiracloud.emulator.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the most specific template for a path among many (the spec has ~480), cheaply: templates are grouped
 * by segment count and kept in specificity order.
 *
 * @param <T> what each template leads to
 */
public final class PathIndex<T> {

    public record Match<T>(PathTemplate template, Map<String, String> variables, T value) {
    }

    private final Map<Integer, List<Map.Entry<PathTemplate, T>>> bySize = new ConcurrentHashMap<>();

    public synchronized void put(PathTemplate template, T value) {
        List<Map.Entry<PathTemplate, T>> sameSize = new ArrayList<>(bySize.getOrDefault(template.size(), List.of()));
        sameSize.removeIf(entry -> entry.getKey().equals(template));
        sameSize.add(Map.entry(template, value));
        sameSize.sort(Map.Entry.comparingByKey());
        bySize.put(template.size(), List.copyOf(sameSize));
    }

    public Optional<Match<T>> find(String path) {
        String[] segments = PathTemplate.split(path);
        List<Map.Entry<PathTemplate, T>> candidates = bySize.get(segments.length);
        if (candidates == null) {
            return Optional.empty();
        }
        for (Map.Entry<PathTemplate, T> candidate : candidates) {
            Optional<Map<String, String>> variables = candidate.getKey().match(segments);
            if (variables.isPresent()) {
                return Optional.of(new Match<>(candidate.getKey(), variables.get(), candidate.getValue()));
            }
        }
        return Optional.empty();
    }
}
