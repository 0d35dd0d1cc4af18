package io.github.jiracloud.app.flows.incident;

/**
 * A request to {@code /alerts} that can't be handled as it is: answered 400 with this message, which says what was
 * wrong with the request (and nothing about this side), so the sender does not retry it.
 */
public final class AlertRejected extends RuntimeException {

    public AlertRejected(String message) {
        super(message, null, false, false);
    }
}
