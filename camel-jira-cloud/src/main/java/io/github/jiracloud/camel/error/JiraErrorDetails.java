package io.github.jiracloud.camel.error;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** What is known about a failed call, and how it reads in an exception message. */
public record JiraErrorDetails(
        int status, String method, String path, List<String> errorMessages, Map<String, String> errors,
        String requestId, String hint) {

    public JiraErrorDetails {
        errorMessages = errorMessages == null ? List.of() : List.copyOf(errorMessages);
        errors = errors == null ? Map.of() : Map.copyOf(errors);
    }

    public JiraErrorDetails withHint(String newHint) {
        return new JiraErrorDetails(status, method, path, errorMessages, errors, requestId, newHint);
    }

    String describe() {
        StringBuilder text = new StringBuilder("Jira ");
        text.append(method).append(' ').append(path).append(" failed");
        if (status > 0) {
            text.append(" with HTTP ").append(status);
        }
        StringJoiner jira = new StringJoiner("; ");
        errorMessages.forEach(jira::add);
        errors.forEach((field, message) -> jira.add(field + ": " + message));
        if (jira.length() > 0) {
            text.append(": ").append(jira);
        }
        if (hint != null && !hint.isBlank()) {
            text.append(". ").append(hint);
        }
        if (requestId != null) {
            text.append(" [request id ").append(requestId).append(']');
        }
        return text.toString();
    }
}
