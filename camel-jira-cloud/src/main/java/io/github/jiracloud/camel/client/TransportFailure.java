package io.github.jiracloud.camel.client;

import java.io.IOException;

/** An attempt that got no (whole) HTTP answer, classified by whether the request could have reached Jira. */
public final class TransportFailure extends IOException {

    private final RetryPolicy.Outcome outcome;

    TransportFailure(RetryPolicy.Outcome outcome, IOException cause) {
        super(cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
        this.outcome = outcome;
    }

    /**
     * A success status whose answer can't be all Jira sent (no body where one must be, a proxy's HTML page): as good
     * as no answer, so the outcome is unknown.
     */
    static TransportFailure incompleteAnswer(String what) {
        return new TransportFailure(RetryPolicy.Outcome.UNKNOWN, new IncompleteAnswer(what));
    }

    public RetryPolicy.Outcome outcome() {
        return outcome;
    }

    /** Names the failure in messages: "IncompleteAnswer: Jira answered 200 without a body". */
    static final class IncompleteAnswer extends IOException {

        IncompleteAnswer(String message) {
            super(message);
        }
    }
}
