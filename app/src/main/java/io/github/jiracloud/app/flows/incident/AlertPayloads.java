package io.github.jiracloud.app.flows.incident;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Reads the body of {@code POST /alerts}: Prometheus Alertmanager's webhook (version 4), Grafana Alerting's webhook
 * (the same shape with Grafana's extra fields), or the bundle's simple {@code {"title", "text", "severity",
 * "fingerprint"}}. Anything else is an {@link AlertRejected} that says what is wrong with it.
 */
@ApplicationScoped
@Named("alertPayloads")
public class AlertPayloads {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The shapes this endpoint takes, for messages about a body it can't read. */
    private static final String ACCEPTED = "send Prometheus Alertmanager's or Grafana's webhook body ({\"status\", "
            + "\"alerts\": [{\"status\", \"labels\", \"annotations\", \"fingerprint\", ...}]}) or {\"title\", \"text\", "
            + "\"severity\", \"fingerprint\"}";
    private static final int MAX_ALERTS = 1000;

    public AlertNotification read(String body) {
        JsonNode json;
        try {
            json = body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null
                    ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new AlertRejected("The body is not valid JSON" + where + ": " + ACCEPTED);
        }
        if (json == null || !json.isObject()) {
            throw new AlertRejected("The body must be a JSON object: " + ACCEPTED);
        }
        return json.has("alerts") ? monitoring(json) : simple(json);
    }

    /** Alertmanager's and Grafana's webhook body. */
    private static AlertNotification monitoring(JsonNode json) {
        JsonNode alerts = json.get("alerts");
        if (!alerts.isArray() || alerts.isEmpty()) {
            throw new AlertRejected("\"alerts\" must be a non-empty array: " + ACCEPTED);
        }
        if (alerts.size() > MAX_ALERTS) {
            throw new AlertRejected("The notification carries " + alerts.size() + " alerts; at most " + MAX_ALERTS
                    + " are taken in one request (set max_alerts on the receiver)");
        }
        boolean grafana = json.has("orgId");
        List<Alert> read = new ArrayList<>();
        for (int i = 0; i < alerts.size(); i++) {
            read.add(alert(alerts.get(i), "alerts[" + i + "]", grafana));
        }
        String status = text(json, "status");
        return new AlertNotification(grafana ? "grafana" : "alertmanager", read, text(json, "groupKey"),
                status == null ? groupStatus(read) : AlertStatus.of(status, "\"status\""),
                strings(json, "groupLabels"), strings(json, "commonLabels"), strings(json, "commonAnnotations"),
                text(json, "externalURL"), json.path("truncatedAlerts").asInt(0));
    }

    private static Alert alert(JsonNode alert, String where, boolean grafana) {
        if (!alert.isObject()) {
            throw new AlertRejected(where + " must be an object: " + ACCEPTED);
        }
        if (!alert.path("labels").isObject() || alert.path("labels").isEmpty()) {
            throw new AlertRejected(where + " has no labels: an alert is named by its labels (alertname, ...)");
        }
        Map<String, String> labels = strings(alert, "labels");
        Map<String, String> annotations = strings(alert, "annotations");
        String fingerprint = text(alert, "fingerprint");
        Map<String, String> links = new LinkedHashMap<>();
        link(links, "Source", text(alert, "generatorURL"));
        link(links, "Runbook", annotations.get("runbook_url"));
        if (grafana) {
            link(links, "Dashboard", text(alert, "dashboardURL"));
            link(links, "Panel", text(alert, "panelURL"));
            link(links, "Silence", text(alert, "silenceURL"));
        }
        return new Alert(fingerprint != null ? fingerprint : fingerprintOf(labels),
                AlertStatus.of(text(alert, "status"), where + ".status"), labels, annotations, text(alert, "startsAt"),
                text(alert, "endsAt"), links);
    }

    /** The bundle's own simple body: one alert, firing unless it says resolved. */
    private static AlertNotification simple(JsonNode json) {
        String fingerprint = text(json, "fingerprint");
        if (fingerprint == null) {
            throw new AlertRejected("The alert has no fingerprint, which tells a repeat from a new incident: "
                    + ACCEPTED);
        }
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, String> annotations = new LinkedHashMap<>();
        putIfPresent(labels, "severity", text(json, "severity"));
        putIfPresent(annotations, "summary", text(json, "title"));
        putIfPresent(annotations, "description", text(json, "text"));
        String status = text(json, "status");
        AlertStatus alertStatus = status == null ? AlertStatus.FIRING : AlertStatus.of(status, "\"status\"");
        Alert alert = new Alert(fingerprint, alertStatus, labels, annotations, null, null, Map.of());
        return new AlertNotification("simple", List.of(alert), null, alertStatus, Map.of(), labels, annotations, null,
                0);
    }

    /** A group fires while any of its alerts does. */
    private static AlertStatus groupStatus(List<Alert> alerts) {
        return alerts.stream().anyMatch(alert -> alert.status() == AlertStatus.FIRING)
                ? AlertStatus.FIRING
                : AlertStatus.RESOLVED;
    }

    /** Only http(s) links: a {@code javascript:} URL in an alert must not become a link in Jira. */
    private static void link(Map<String, String> links, String title, String url) {
        if (url != null && (url.startsWith("https://") || url.startsWith("http://"))) {
            links.put(title, url);
        }
    }

    /** An object of scalars as text; anything nested is left out. */
    private static Map<String, String> strings(JsonNode parent, String field) {
        Map<String, String> values = new TreeMap<>();
        JsonNode object = parent.path(field);
        if (!object.isMissingNode() && !object.isNull() && !object.isObject()) {
            throw new AlertRejected("\"" + field + "\" must be an object of names and values");
        }
        object.fields().forEachRemaining(entry -> {
            if (entry.getValue().isValueNode() && !entry.getValue().isNull()) {
                values.put(entry.getKey(), entry.getValue().asText());
            }
        });
        return values;
    }

    private static String text(JsonNode parent, String field) {
        JsonNode value = parent.get(field);
        return value == null || !value.isValueNode() || value.isNull() || value.asText().isBlank()
                ? null
                : value.asText();
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /** As Alertmanager does when a sender leaves it out: the same labels, the same alert. */
    private static String fingerprintOf(Map<String, String> labels) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(labels).forEach((name, value) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(value.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
