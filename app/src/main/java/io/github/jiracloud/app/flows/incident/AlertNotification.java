package io.github.jiracloud.app.flows.incident;

import java.util.List;
import java.util.Map;

/**
 * One request to {@code POST /alerts}: the alerts it carries and, for Alertmanager and Grafana, the group they were
 * sent in.
 *
 * @param sender alertmanager, grafana or simple
 * @param groupKey the group's key (Alertmanager's {@code groupKey}), or null for the simple body
 * @param truncatedAlerts how many alerts the sender left out ({@code max_alerts})
 */
public record AlertNotification(String sender, List<Alert> alerts, String groupKey, AlertStatus status,
        Map<String, String> groupLabels, Map<String, String> commonLabels, Map<String, String> commonAnnotations,
        String externalUrl, int truncatedAlerts) {

    public AlertNotification {
        alerts = List.copyOf(alerts);
        groupLabels = Map.copyOf(groupLabels);
        commonLabels = Map.copyOf(commonLabels);
        commonAnnotations = Map.copyOf(commonAnnotations);
    }
}
