package io.github.jiracloud.camel.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

/** A Markdown table of one section of jira.json: options (name, group, default, type, description) or headers. */
final class OptionTable {

    private OptionTable() {
    }

    static String of(JsonNode section) {
        StringBuilder table = new StringBuilder(
                "| name | group | default | type | description |\n|---|---|---|---|---|\n");
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        section.fields().forEachRemaining(entries::add);
        for (Map.Entry<String, JsonNode> entry : entries) {
            JsonNode option = entry.getValue();
            table.append("| `").append(entry.getKey()).append('`').append(option.path("required").asBoolean()
                    ? " (required)"
                    : "")
                    .append(" | ").append(cell(option.path("group").asText(option.path("label").asText())))
                    .append(" | ").append(code(option.path("defaultValue").asText("")))
                    .append(" | ").append(option.has("enum") ? cell(type(option)) : code(type(option)))
                    .append(" | ").append(cell(option.path("description").asText()))
                    .append(" |\n");
        }
        return table.toString();
    }

    /** An enum lists its values, as editors offer them; other types by their Java name without the package. */
    private static String type(JsonNode option) {
        if (option.has("enum")) {
            return String.join(", ", StreamSupport.stream(option.path("enum").spliterator(), false)
                    .map(JsonNode::asText).toList());
        }
        String javaType = option.path("javaType").asText();
        return javaType.replaceAll("([a-z][a-z0-9_]*\\.)+", "");
    }

    private static String code(String text) {
        return text.isEmpty() ? "" : "`" + text + "`";
    }

    /** A table cell: a pipe would end it and a line break would end the row. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ").strip();
    }
}
