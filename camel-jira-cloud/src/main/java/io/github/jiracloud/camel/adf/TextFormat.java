package io.github.jiracloud.camel.adf;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How a String body is read when it has to become an ADF document, as named in the option {@code textFormat}. */
public enum TextFormat {
    /** Text as typed: blank lines separate paragraphs, every other newline is a line break. */
    PLAIN("plain"),
    /** The CommonMark subset described at {@link Adf#fromMarkdown(String)}. */
    MARKDOWN("markdown");

    private final String optionValue;

    TextFormat(String optionValue) {
        this.optionValue = optionValue;
    }

    public String optionValue() {
        return optionValue;
    }

    public static TextFormat of(String value) {
        for (TextFormat format : values()) {
            if (format.optionValue.equalsIgnoreCase(value == null ? "" : value.strip())) {
                return format;
            }
        }
        throw new IllegalArgumentException("Option textFormat has an unknown value '" + value + "'; use one of: "
                + Arrays.stream(values()).map(TextFormat::optionValue).collect(Collectors.joining(", ")));
    }
}
