package io.github.jiracloud.camel.scope;

import java.util.Locale;
import java.util.Objects;

/**
 * One HTTP call an operation makes, as the spec names it: the method and the path template, e.g. {@code GET
 * /rest/api/3/issue/{issueIdOrKey}}. Matches the concrete paths the client sends.
 */
public record RestCall(String method, String template) implements Comparable<RestCall> {

    public RestCall {
        method = method.toUpperCase(Locale.ROOT);
        Objects.requireNonNull(template, "template");
    }

    public static RestCall get(String template) {
        return new RestCall("GET", template);
    }

    public static RestCall post(String template) {
        return new RestCall("POST", template);
    }

    public static RestCall put(String template) {
        return new RestCall("PUT", template);
    }

    public static RestCall delete(String template) {
        return new RestCall("DELETE", template);
    }

    /** Reads {@code "GET /rest/api/3/issue/{issueIdOrKey}"}, the form {@link #toString()} writes. */
    public static RestCall parse(String text) {
        int space = text.strip().indexOf(' ');
        if (space < 0) {
            throw new IllegalArgumentException("Not '<METHOD> <path template>': " + text);
        }
        return new RestCall(text.strip().substring(0, space), text.strip().substring(space + 1).strip());
    }

    /**
     * Whether a request is this call: same method, same number of path segments, and each literal segment equal (a
     * {@code {variable}} takes any non-empty segment).
     *
     * @param path the request's path without query, e.g. {@code /rest/api/3/issue/OPS-1}
     */
    public boolean matches(String requestMethod, String path) {
        if (!method.equalsIgnoreCase(requestMethod)) {
            return false;
        }
        String[] wanted = template.split("/", -1);
        String[] given = path.split("/", -1);
        if (wanted.length != given.length) {
            return false;
        }
        for (int i = 0; i < wanted.length; i++) {
            boolean variable = wanted[i].startsWith("{") && wanted[i].endsWith("}");
            if (variable ? given[i].isEmpty() : !wanted[i].equals(given[i])) {
                return false;
            }
        }
        return true;
    }

    /** Literal segments are more specific than variables: {@code /issue/bulk} before {@code /issue/{key}}. */
    int specificity() {
        int literal = 0;
        for (String segment : template.split("/")) {
            literal += segment.startsWith("{") ? 0 : 1;
        }
        return literal;
    }

    @Override
    public int compareTo(RestCall other) {
        int byTemplate = template.compareTo(other.template);
        return byTemplate != 0 ? byTemplate : method.compareTo(other.method);
    }

    @Override
    public String toString() {
        return method + " " + template;
    }
}
