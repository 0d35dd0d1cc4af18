package io.github.jiracloud.emulator.jql;

import java.util.List;
import java.util.Map;

/** The plain text inside an Atlassian Document Format document, which is what Jira searches. */
final class AdfText {

    private AdfText() {
    }

    /** Text of an ADF node (or a plain string, as API v2 and older data hold it); blocks end with a newline. */
    static String plainText(Object node) {
        StringBuilder text = new StringBuilder();
        append(node, text);
        return text.toString().strip();
    }

    private static void append(Object node, StringBuilder text) {
        if (node instanceof String string) {
            text.append(string);
        } else if (node instanceof List<?> list) {
            list.forEach(child -> append(child, text));
        } else if (node instanceof Map<?, ?> map) {
            appendNode(map, text);
        }
    }

    private static void appendNode(Map<?, ?> node, StringBuilder text) {
        if (node.get("text") instanceof String string) {
            text.append(string);
        } else if (IssueView.get(node.get("attrs"), "text") instanceof String attributeText) {
            // mentions, emoji and similar inline nodes keep their visible text in attrs
            text.append(attributeText);
        }
        append(node.get("content"), text);
        boolean isBlock = !"text".equals(node.get("type")) && node.get("content") != null;
        if (isBlock && !text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }
}
