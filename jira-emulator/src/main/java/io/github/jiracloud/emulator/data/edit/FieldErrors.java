package io.github.jiracloud.emulator.data.edit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Jira's answer to an invalid change: general messages plus one message per field, as in
 * {@code {"errorMessages":[],"errors":{"summary":"You must specify a summary of the issue."}}}.
 */
public class FieldErrors extends RuntimeException {

    private final List<String> messages;
    private final Map<String, String> errors;

    public FieldErrors(List<String> messages, Map<String, String> errors) {
        super(String.join("; ", messages) + (errors.isEmpty() ? "" : " " + errors), null, false, false);
        this.messages = List.copyOf(messages);
        this.errors = new LinkedHashMap<>(errors);
    }

    public static FieldErrors of(String field, String message) {
        return new FieldErrors(List.of(), Map.of(field, message));
    }

    public static FieldErrors message(String message) {
        return new FieldErrors(List.of(message), Map.of());
    }

    public List<String> messages() {
        return messages;
    }

    public Map<String, String> errors() {
        return errors;
    }

    /** Gathers the problems of a whole request, so the caller learns about all of them at once, as from Jira. */
    public static final class Collector {

        private final Map<String, String> errors = new LinkedHashMap<>();

        public void add(String field, String message) {
            errors.putIfAbsent(field, message);
        }

        public boolean has(String field) {
            return errors.containsKey(field);
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new FieldErrors(List.of(), errors);
            }
        }
    }
}
