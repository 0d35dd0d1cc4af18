package io.github.jiracloud.camel.adf;

import java.util.Arrays;
import java.util.List;

/** Splits a text body into lines the same way for every converter, whatever system wrote it. */
final class TextLines {

    private TextLines() {
    }

    /**
     * Accepts CRLF, CR and LF line ends, drops a leading byte-order mark, and replaces NUL characters, which Jira's
     * storage refuses, with U+FFFD. Null is read as empty text.
     */
    static List<String> split(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u0000', '\uFFFD');
        if (normalized.startsWith("\uFEFF")) {
            normalized = normalized.substring(1);
        }
        return Arrays.asList(normalized.split("\n", -1));
    }
}
