package io.github.jiracloud.app.flows.incident;

/**
 * Another replica is still acting on the same alert's issue: the sender is told to retry (503), and its retry finds
 * the outcome in the shared record.
 */
public final class IncidentBusy extends RuntimeException {

    IncidentBusy(String message) {
        super(message, null, false, false);
    }
}
