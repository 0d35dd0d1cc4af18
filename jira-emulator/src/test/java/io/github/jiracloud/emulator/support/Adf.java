package io.github.jiracloud.emulator.support;

import java.util.List;
import java.util.Map;

/** Atlassian Document Format snippets for request bodies. */
public final class Adf {

    private Adf() {
    }

    public static Map<String, Object> doc(String text) {
        return Map.of("type", "doc", "version", 1, "content", List.of(
                Map.of("type", "paragraph", "content", List.of(Map.of("type", "text", "text", text)))));
    }
}
