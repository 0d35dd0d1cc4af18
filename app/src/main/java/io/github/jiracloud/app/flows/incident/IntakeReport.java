package io.github.jiracloud.app.flows.incident;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to a handled notification: 201 when it opened an issue, 200 otherwise, and per alert what happened. The
 * first alert's key and outcome are also at the top, as the simple body's answer always had them.
 */
public final class IntakeReport {

    private final List<IncidentIntake.Result> results;

    IntakeReport(List<IncidentIntake.Result> results) {
        this.results = List.copyOf(results);
    }

    public List<IncidentIntake.Result> results() {
        return results;
    }

    /** For the route: the HTTP status of the answer. */
    public int getHttpStatus() {
        return results.stream().anyMatch(result -> result.outcome() == IncidentIntake.Outcome.CREATED) ? 201 : 200;
    }

    /** For the route: the answer's body, as Maps for the JSON data format. */
    public Map<String, Object> getBody() {
        List<Map<String, Object>> alerts = new ArrayList<>();
        for (IncidentIntake.Result result : results) {
            Map<String, Object> alert = new LinkedHashMap<>();
            alert.put("label", result.label());
            alert.put("outcome", result.outcome().name().toLowerCase());
            alert.put("key", result.issueKey());
            alerts.add(alert);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("key", alerts.get(0).get("key"));
        body.put("outcome", alerts.get(0).get("outcome"));
        body.put("alerts", alerts);
        return body;
    }
}
