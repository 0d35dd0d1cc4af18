package io.github.jiracloud.camel.consumer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.JsonCodec;

/**
 * The dynamic webhook a {@code jira:webhook} route registered with Jira: registered at start, refreshed before Jira's
 * 30-day expiry, deleted at stop. Jira allows this to OAuth 2.0 (and Connect) apps only.
 */
final class WebhookRegistration {

    private static final String WEBHOOKS = "/rest/api/3/webhook";

    private final JiraClient client;
    private final JiraConfiguration configuration;
    private final Clock clock;
    private final List<Long> ids = new ArrayList<>();
    private Instant refreshedAt;

    WebhookRegistration(JiraClient client, JiraConfiguration configuration, Clock clock) {
        this.client = client;
        this.configuration = configuration;
        this.clock = clock;
    }

    synchronized void register() {
        ObjectNode body = JsonCodec.MAPPER.createObjectNode().put("url", configuration.getWebhookUrl());
        ObjectNode webhook = body.putArray("webhooks").addObject();
        ArrayNode events = webhook.putArray("events");
        events(configuration).forEach(events::add);
        webhook.put("jqlFilter", configuration.getJqlFilter());
        Object answer = client.call(JiraRequest.post(WEBHOOKS, body));
        for (Object result : list(answer, "webhookRegistrationResult")) {
            Map<?, ?> registered = (Map<?, ?>) result;
            if (registered.get("createdWebhookId") == null) {
                throw new IllegalStateException(
                        "Jira refused to register the webhook for " + configuration.getWebhookUrl()
                                + ": " + registered.get("errors"));
            }
            ids.add(((Number) registered.get("createdWebhookId")).longValue());
        }
        refreshedAt = clock.instant();
    }

    /** Extends the registration when the refresh period has passed on the clock. */
    synchronized boolean refreshIfDue() {
        if (ids.isEmpty()
                || clock.instant().isBefore(refreshedAt.plus(Duration.ofMillis(configuration.getRefreshPeriod())))) {
            return false;
        }
        client.call(JiraRequest.put(WEBHOOKS + "/refresh", idsBody()));
        refreshedAt = clock.instant();
        return true;
    }

    synchronized void unregister() {
        if (!ids.isEmpty()) {
            client.call(JiraRequest.of("DELETE", WEBHOOKS, idsBody()));
            ids.clear();
        }
    }

    synchronized List<Long> ids() {
        return List.copyOf(ids);
    }

    private ObjectNode idsBody() {
        ObjectNode body = JsonCodec.MAPPER.createObjectNode();
        ArrayNode array = body.putArray("webhookIds");
        ids.forEach(array::add);
        return body;
    }

    static List<String> events(JiraConfiguration configuration) {
        return Arrays.stream(configuration.getEvents().split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }

    private static List<?> list(Object answer, String field) {
        Object value = answer instanceof Map<?, ?> map ? map.get(field) : null;
        return value instanceof List<?> items ? items : List.of();
    }
}
