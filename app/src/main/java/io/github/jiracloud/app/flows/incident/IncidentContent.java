package io.github.jiracloud.app.flows.incident;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the issues and comments of the incident-intake flow say. The description is ADF built as Maps (never text
 * templates, so nothing in an alert can break its structure): the alert's description, its labels as a table, its
 * other annotations, and links to where it came from.
 */
final class IncidentContent {

    private static final int SUMMARY_LIMIT = 255;
    private static final Set<String> TEXT_ANNOTATIONS = Set.of("summary", "description");

    private final IncidentSettings settings;

    IncidentContent(IncidentSettings settings) {
        this.settings = settings;
    }

    /** The new issue's fields, in the shape issue/create takes. */
    Map<String, Object> newIssue(IncidentEvent event) {
        Alert alert = event.alert();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("summary", summary(alert));
        fields.put("description", description(event));
        List<String> labels = new ArrayList<>(List.of(event.key().label(), "alert"));
        severity(alert).ifPresent(severity -> labels.add("severity-" + labelText(severity)));
        fields.put("labels", labels);
        priority(alert).ifPresent(priority -> fields.put("priority", priority));
        return fields;
    }

    String stillFiring(IncidentEvent event) {
        return "The alert is still firing: " + summary(event.alert()) + ". Repeats are commented at most every "
                + settings.commentInterval().toString().substring(2).toLowerCase(Locale.ROOT) + ".";
    }

    String firedAgain(IncidentEvent event) {
        String since = event.alert().startsAt() == null ? "" : " (since " + event.alert().startsAt() + ")";
        return "The alert fired again" + since + ": " + summary(event.alert()) + ".";
    }

    String resolved(IncidentEvent event) {
        String at = event.alert().endsAt() == null ? "" : " at " + event.alert().endsAt();
        return "The alert was resolved" + at + ".";
    }

    /** The summary annotation, else the description's first line, else the alert's name and instance. */
    static String summary(Alert alert) {
        String summary = alert.annotations().get("summary");
        if (summary == null && alert.annotations().get("description") != null) {
            summary = alert.annotations().get("description").strip().lines().findFirst().orElse(null);
        }
        if (summary == null || summary.isBlank()) {
            String name = alert.labels().getOrDefault("alertname", "Alert " + alert.fingerprint());
            String instance = alert.labels().get("instance");
            summary = instance == null ? name : name + " on " + instance;
        }
        summary = summary.replaceAll("\\s+", " ").strip();
        return summary.length() <= SUMMARY_LIMIT ? summary : summary.substring(0, SUMMARY_LIMIT - 1) + "…";
    }

    private Map<String, Object> description(IncidentEvent event) {
        Alert alert = event.alert();
        List<Map<String, Object>> content = new ArrayList<>();
        String description = alert.annotations().get("description");
        if (description != null) {
            description.lines().filter(line -> !line.isBlank()).forEach(line -> content.add(paragraph(line)));
        } else {
            content.add(paragraph("The alert " + summary(alert) + " is firing."));
        }
        if (event.members() > 1) {
            content.add(paragraph("This issue stands for a group of " + event.members() + " alerts; the labels "
                    + "below are the ones they share."));
        }
        if (alert.startsAt() != null) {
            content.add(paragraph("Firing since " + alert.startsAt() + "."));
        }
        content.add(heading("Labels"));
        content.add(table(alert.labels()));
        Map<String, String> others = new LinkedHashMap<>(alert.annotations());
        others.keySet().removeAll(TEXT_ANNOTATIONS);
        if (!others.isEmpty()) {
            content.add(heading("Annotations"));
            content.add(table(others));
        }
        alert.links().forEach((title, url) -> content.add(link(title, url)));
        return Map.of("type", "doc", "version", 1, "content", content);
    }

    private java.util.Optional<String> severity(Alert alert) {
        return java.util.Optional.ofNullable(alert.labels().get(settings.severityLabel()))
                .filter(value -> !value.isBlank());
    }

    private java.util.Optional<String> priority(Alert alert) {
        return severity(alert).flatMap(severity -> settings.priorities().entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(severity)).map(Map.Entry::getValue).findFirst())
                .or(settings::defaultPriority);
    }

    private static String labelText(String value) {
        return value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.-]", "-");
    }

    private static Map<String, Object> paragraph(String text) {
        return Map.of("type", "paragraph", "content", List.of(text(text)));
    }

    private static Map<String, Object> heading(String text) {
        return Map.of("type", "heading", "attrs", Map.of("level", 3), "content", List.of(text(text)));
    }

    private static Map<String, Object> link(String title, String url) {
        Map<String, Object> linked = Map.of("type", "text", "text", url, "marks",
                List.of(Map.of("type", "link", "attrs", Map.of("href", url))));
        return Map.of("type", "paragraph", "content", List.of(text(title + ": "), linked));
    }

    private static Map<String, Object> table(Map<String, String> rows) {
        List<Map<String, Object>> tableRows = new ArrayList<>();
        tableRows.add(row("tableHeader", "Name", "Value"));
        rows.forEach((name, value) -> tableRows.add(row("tableCell", name, value)));
        return Map.of("type", "table", "content", tableRows);
    }

    private static Map<String, Object> row(String cellType, String... cells) {
        List<Map<String, Object>> content = new ArrayList<>();
        for (String cell : cells) {
            // a cell's paragraph may be empty, a text node may not
            content.add(Map.of("type", cellType, "content", List.of(cell.isEmpty()
                    ? Map.of("type", "paragraph")
                    : paragraph(cell))));
        }
        return Map.of("type", "tableRow", "content", content);
    }

    private static Map<String, Object> text(String text) {
        return Map.of("type", "text", "text", text);
    }
}
