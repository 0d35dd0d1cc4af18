package io.github.jiracloud.camel.client;

import java.util.Optional;

/**
 * Finds out whether a write whose answer was lost took effect, so that it can be sent again without being done twice:
 * for example a create that carried an idempotency key ({@link ExactlyOnce}), looked up by that key.
 */
@FunctionalInterface
public interface OutcomeCheck {

    /**
     * The write took effect.
     *
     * @param result what its lost answer would have carried, parsed (Maps, Lists and scalars); null for a write that
     *     Jira answers without a body
     */
    record Found(Object result) {
    }

    /** @return what the write did, when it took effect; empty when it did not, as far as Jira can tell now */
    Optional<Found> find();

    /**
     * Whether {@link #find()} coming back empty shows that the write did not take effect, so that it may be sent
     * again: true for a check that reads the entity itself (an issue's status, its comments), which Jira answers
     * from its database. A check that reads Jira's search can't tell: search shows a write only after a lag. Such a
     * write is looked for during the policy's look-up window and then fails with
     * {@link io.github.jiracloud.camel.error.JiraOutcomeUnknownException}; it is never sent again.
     */
    default boolean absenceIsConclusive() {
        return true;
    }
}
