package io.github.jiracloud.camel.client;

import java.util.Optional;

/**
 * Finds out whether a write whose answer was lost took effect, so that it can be sent again without being done twice:
 * for example a create that carried an idempotency key, looked up by that key.
 */
@FunctionalInterface
public interface OutcomeCheck {

    /**
     * @return an answer standing for the lost one (what Jira would have answered) when the write took effect; empty
     * when it did not, as far as Jira can tell now
     */
    Optional<JiraResponse> find();
}
