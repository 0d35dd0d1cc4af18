package io.github.jiracloud.emulator.routing;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An OpenAPI path template such as {@code /rest/api/3/issue/{issueIdOrKey}/comment/{id}}, matched segment by
 * segment. The spec and the emulator's routes use the same templates, so a route is named exactly as the spec
 * names its operation.
 */
public final class PathTemplate implements Comparable<PathTemplate> {

    private final String template;
    private final String[] segments;
    private final boolean[] variable;

    private PathTemplate(String template) {
        this.template = template;
        this.segments = split(template);
        this.variable = new boolean[segments.length];
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            variable[i] = segment.startsWith("{") && segment.endsWith("}");
            if (variable[i]) {
                segments[i] = segment.substring(1, segment.length() - 1);
            }
        }
    }

    public static PathTemplate of(String template) {
        return new PathTemplate(template);
    }

    public static String[] split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
    }

    public String template() {
        return template;
    }

    public int size() {
        return segments.length;
    }

    /** The path variables when the (already split) path fits this template. */
    public Optional<Map<String, String>> match(String[] pathSegments) {
        if (pathSegments.length != segments.length) {
            return Optional.empty();
        }
        for (int i = 0; i < segments.length; i++) {
            if (variable[i] ? pathSegments[i].isEmpty() : !segments[i].equals(pathSegments[i])) {
                return Optional.empty();
            }
        }
        Map<String, String> values = new HashMap<>(4);
        for (int i = 0; i < segments.length; i++) {
            if (variable[i]) {
                values.put(segments[i], pathSegments[i]);
            }
        }
        return Optional.of(values);
    }

    /** Literal segments sort before variables, so {@code /issue/picker} wins over {@code /issue/{issueIdOrKey}}. */
    @Override
    public int compareTo(PathTemplate other) {
        for (int i = 0; i < Math.min(segments.length, other.segments.length); i++) {
            if (variable[i] != other.variable[i]) {
                return variable[i] ? 1 : -1;
            }
        }
        return template.compareTo(other.template);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PathTemplate other && template.equals(other.template);
    }

    @Override
    public int hashCode() {
        return template.hashCode();
    }

    @Override
    public String toString() {
        return template + " " + Arrays.toString(variable);
    }
}
