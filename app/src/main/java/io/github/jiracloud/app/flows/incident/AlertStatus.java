package io.github.jiracloud.app.flows.incident;

/** Whether an alert is firing or was resolved, as Alertmanager and Grafana say it. */
public enum AlertStatus {
    FIRING, RESOLVED;

    static AlertStatus of(String text, String where) {
        if ("firing".equals(text)) {
            return FIRING;
        }
        if ("resolved".equals(text)) {
            return RESOLVED;
        }
        throw new AlertRejected(where + " is '" + text + "': it must be firing or resolved");
    }
}
