package io.github.jiracloud.camel.error;

/**
 * A write that is not idempotent may or may not have taken effect, and Jira could not tell within the bounded time the
 * component waits: its answer was lost and looking for its effect found nothing (Jira's search lags its writes). The
 * write was not sent again, so it is never done twice. Retrying is safe only with the same
 * {@link #getIdempotencyKey() key}: a redelivery that carries it (the header {@code CamelJiraIdempotencyKey}) looks
 * again before it writes.
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
