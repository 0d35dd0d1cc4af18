package io.github.jiracloud.app.flows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Turns an alert ({@code title}, {@code text}, {@code severity}, {@code fingerprint}) into Jira input for the
 * incident-intake flow. Built as Maps, not text templates, so quotes in an alert never break the JSON.
 */
@ApplicationScoped
@Named("alertIssues")
public class AlertIssues {

    /** The label that marks every issue opened for this alert's fingerprint; the flow finds repeats by it. */
    public String label(Map<String, Object> alert) {
        Object fingerprint = alert.get("fingerprint");
        if (fingerprint == null || fingerprint.toString().isBlank()) {
            throw new IllegalArgumentException("The alert has no fingerprint: send {\"title\", \"text\", \"severity\", "
                    + "\"fingerprint\"}; the fingerprint tells a repeat from a new incident");
        }
        // Labels can't hold spaces; anything else that JQL would need quoted becomes a dash.
        return "alert-" + fingerprint.toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.-]", "-");
    }

    /** The new issue: summary from the title, description from the text, labels for the fingerprint and severity. */
    public Map<String, Object> issue(Map<String, Object> alert) {
        Map<String, Object> issue = new LinkedHashMap<>();
        issue.put("summary", "[" + severity(alert) + "] " + text(alert, "title", "Alert"));
        issue.put("description", text(alert, "text", "(no text)"));
        issue.put("labels", List.of(label(alert), "alert", "severity-" + severity(alert)));
        return issue;
    }

    /** The comment for a repeat of an open incident. */
    public String repeatComment(Map<String, Object> alert) {
        return "The alert fired again (" + severity(alert) + "): " + text(alert, "title", "Alert") + "\n\n"
                + text(alert, "text", "");
    }

    private static String severity(Map<String, Object> alert) {
        return text(alert, "severity", "unknown").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "-");
    }

    private static String text(Map<String, Object> alert, String key, String fallback) {
        Object value = alert.get(key);
        return value == null || value.toString().isBlank() ? fallback : value.toString();
    }
}
