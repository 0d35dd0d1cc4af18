package io.github.jiracloud.camel.error;

/**
 * A write that is not idempotent may or may not have taken effect, and Jira could not tell within the bounded time the
 * component waits: its answer was lost and looking for its effect found nothing (Jira's search lags its writes). The
 * write was not sent again, so it is never done twice. A Camel redelivery of the same exchange keeps the
 * {@link #getIdempotencyKey() key} and looks again before it writes. A new exchange (a replay from a store, a poller's
 * next delivery) carries a new key and would not look: check Jira for the key first (the issue or comment property
 * {@code camel.idempotency}), as the route bundle's failed-exchange page asks its operator to.
 */
public class JiraOutcomeUnknownException extends JiraException {

    private final String idempotencyKey;

    public JiraOutcomeUnknownException(JiraErrorDetails details, String idempotencyKey, Throwable cause) {
        super(details, cause);
        this.idempotencyKey = idempotencyKey;
    }

    /** The key the write carried, or null for a write that has none (then look at Jira before doing it again). */
    public String getIdempotencyKey() {
        return idempotencyKey;
    }
}
