package io.github.jiracloud.app.flows.incident;

import java.util.Map;

/**
 * One alert as the intake handles it, whichever system sent it.
 *
 * @param fingerprint what tells this alert from another (Alertmanager's and Grafana's fingerprint, the simple body's)
 * @param labels the alert's identity: alertname, severity, instance, ...
 * @param annotations its text: summary, description, runbook_url, ...
 * @param startsAt when it started firing, as the sender wrote it, or null
 * @param endsAt when it was resolved, as the sender wrote it, or null
 * @param links titled http(s) links: the source (generatorURL), a runbook, Grafana's dashboard, panel and silence
 */
public record Alert(String fingerprint, AlertStatus status, Map<String, String> labels,
        Map<String, String> annotations, String startsAt, String endsAt, Map<String, String> links) {

    public Alert {
        labels = Map.copyOf(labels);
        annotations = Map.copyOf(annotations);
        links = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(links));
    }
}
