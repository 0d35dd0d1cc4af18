package io.github.jiracloud.camel.client;

import java.io.IOException;

/** An attempt that got no HTTP answer, classified by whether the request could have reached Jira. */
public final class TransportFailure extends IOException {

    private final RetryPolicy.Outcome outcome;

    TransportFailure(RetryPolicy.Outcome outcome, IOException cause) {
        super(cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
        this.outcome = outcome;
    }

    public RetryPolicy.Outcome outcome() {
        return outcome;
    }
}
