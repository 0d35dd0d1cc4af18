package io.github.jiracloud.camel.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands {@code /rest/api/3/issue/{issueIdOrKey}/comment} with values that are percent-encoded as one path segment
 * each, so that a value such as {@code OPS-1/../../admin} can never reach another endpoint.
 */
public final class PathTemplate {

    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z0-9]+)}");

    private PathTemplate() {
    }

    /**
     * @param template a path with {@code {name}} variables
     * @param values   one value per variable, in order; each names itself in errors by the variable name
     */
    public static String expand(String template, Object... values) {
        Matcher matcher = VARIABLE.matcher(template);
        StringBuilder path = new StringBuilder();
        int index = 0;
        while (matcher.find()) {
            if (index >= values.length) {
                throw new IllegalArgumentException("No value for '" + matcher.group(1) + "' in " + template);
            }
            matcher.appendReplacement(path, Matcher.quoteReplacement(segment(matcher.group(1), values[index++])));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    /** Encodes one path segment; refuses values that are empty or that a server would resolve as a dot segment. */
    public static String segment(String name, Object value) {
        String text = value == null ? "" : value.toString().strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("The " + name + " is empty: give it as a header or an endpoint option");
        }
        if (text.equals(".") || text.equals("..")) {
            throw new IllegalArgumentException("The " + name + " '" + text + "' is not a valid identifier");
        }
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
