package io.github.jiracloud.app.flows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Decides a new bug's priority (summary keywords) and assignee (component owners), for the triage flow. */
@ApplicationScoped
@Named("triageRules")
public class TriageRules {

    private final TriageSettings settings;

    public TriageRules(TriageSettings settings) {
        this.settings = settings;
    }

    /** The {@code issue/update} body for a bug as {@code jira:issue/poll} delivers it: priority and assignee. */
    public Map<String, Object> update(Map<String, Object> issue) {
        Map<String, Object> fields = fields(issue);
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("priority", priority(String.valueOf(fields.getOrDefault("summary", ""))));
        assignee(fields.get("components")).ifPresent(accountId -> update.put("assignee", accountId));
        return update;
    }

    String priority(String summary) {
        String text = summary.toLowerCase(Locale.ROOT);
        // Sorted, so that the outcome does not depend on the map's iteration order.
        return new TreeMap<>(settings.priorityKeywords()).entrySet().stream()
                .filter(keyword -> text.contains(keyword.getKey().toLowerCase(Locale.ROOT)))
                .map(Map.Entry::getValue).findFirst().orElse(settings.defaultPriority());
    }

    Optional<String> assignee(Object components) {
        if (components instanceof List<?> list) {
            for (Object component : list) {
                Object name = component instanceof Map<?, ?> map ? map.get("name") : component;
                String owner = settings.componentOwners().get(String.valueOf(name));
                if (owner != null) {
                    return Optional.of(owner);
                }
            }
        }
        return settings.defaultAssignee();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fields(Map<String, Object> issue) {
        Object fields = issue.get("fields");
        return fields instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
