package io.github.jiracloud.app.flows.incident;

/**
 * One thing that happened to one issue's subject: an alert (or a group) fired or was resolved.
 *
 * @param alert the alert, or for a group one alert that stands for it (the group's common labels and annotations)
 * @param members how many alerts the event covers: 1, or the size of the group
 */
record IncidentEvent(IncidentKey key, AlertStatus status, Alert alert, int members) {
}
