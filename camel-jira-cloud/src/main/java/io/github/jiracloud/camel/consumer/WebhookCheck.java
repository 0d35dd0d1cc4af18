package io.github.jiracloud.camel.consumer;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Whether a webhook request really comes from Jira and is fresh, and what to de-duplicate it by: what Jira signed, so
 * that a captured delivery replayed with its unsigned headers changed or dropped is still known.
 */
interface WebhookCheck {

    /**
     * @param headers the request's headers by name
     * @return the keys to remember the delivery by (a delivery any of whose keys was seen is a redelivery); empty
     * when the request must be refused with 401 (the check logs why)
     */
    Optional<List<String>> accept(byte[] body, Function<String, String> headers, Instant now);

    /** The check a route's options ask for; see {@link WebhookConsumer#validate}. */
    static WebhookCheck of(io.github.jiracloud.camel.JiraConfiguration configuration) {
        java.time.Duration maxAge = java.time.Duration.ofMillis(configuration.getWebhookMaxAge());
        if (configuration.isRegister()) {
            return new WebhookJwt(configuration.getConnectionOptions().getClientSecret(), maxAge);
        }
        if (configuration.getSecret() != null && !configuration.getSecret().isEmpty()) {
            return new WebhookSignature(configuration.getSecret(), maxAge);
        }
        return (body, headers, now) -> {
            String identifier = headers.apply(WebhookConsumer.WEBHOOK_ID_HEADER);
            return Optional.of(identifier == null ? List.of() : List.of("id:" + identifier));
        };
    }
}
