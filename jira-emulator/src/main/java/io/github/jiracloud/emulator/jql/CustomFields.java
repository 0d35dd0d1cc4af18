package io.github.jiracloud.emulator.jql;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The spellings of a custom field reference: {@code cf[10016]}, {@code customfield_10016}, or a bare id. */
final class CustomFields {

    private static final Pattern REFERENCE = Pattern.compile("(?i)(?:cf\\[(\\d+)]|customfield_(\\d+))");

    private CustomFields() {
    }

    /** The field id, {@code customfield_NNNNN}, that a JQL reference such as {@code cf[NNNNN]} names. */
    static Optional<String> idFromReference(String reference) {
        Matcher matcher = REFERENCE.matcher(reference.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String number = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        return Optional.of("customfield_" + number);
    }

    static String canonicalId(String id) {
        String trimmed = id.strip();
        if (trimmed.chars().allMatch(Character::isDigit) && !trimmed.isEmpty()) {
            return "customfield_" + trimmed;
        }
        return idFromReference(trimmed).orElse(trimmed);
    }
}
