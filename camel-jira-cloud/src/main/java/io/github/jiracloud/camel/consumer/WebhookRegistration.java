package io.github.jiracloud.camel.consumer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.JsonCodec;
import io.github.jiracloud.camel.client.OffsetPages;

/**
 * The dynamic webhook a {@code jira:webhook} route registered with Jira: registered at start, refreshed before Jira's
 * 30-day expiry, deleted at stop. Jira allows this to OAuth 2.0 (and Connect) apps only, one URL per app and five
 * webhooks per app and user on a site. So at start the app's webhooks are read first ({@code GET /rest/api/3/webhook}),
 * and those with the same events and JQL filter are reused and refreshed instead of adding one more: a route that
 * crashed never deleted its registration, and a restart must not leak another. Jira lists no URL (an app has one), so
 * after changing {@code webhookUrl} delete the app's old webhooks.
 */
final class WebhookRegistration {

    private static final String WEBHOOKS = "/rest/api/3/webhook";

    private final JiraClient client;
    private final JiraConfiguration configuration;
    private final Clock clock;
    private final List<Long> ids = new ArrayList<>();
    private Instant refreshedAt;
    private boolean reused;
    private WebhookUrlClaim claim;

    WebhookRegistration(JiraClient client, JiraConfiguration configuration, Clock clock) {
        this.client = client;
        this.configuration = configuration;
        this.clock = clock;
    }

    /**
     * Reuses the app's matching webhooks, or registers one.
     *
     * @throws IllegalStateException when another route of this connection already registers another URL
     */
    synchronized void register() {
        claim = client.state(WebhookUrlClaim.Registry.class, WebhookUrlClaim.Registry::new)
                .claim(configuration.getWebhookUrl());
        try {
            reuseOrRegister();
        } catch (RuntimeException e) {
            release();
            throw e;
        }
    }

    private void reuseOrRegister() {
        List<Long> matching = matchingRegistrations();
        if (!matching.isEmpty()) {
            ids.addAll(matching);
            reused = true;
            client.call(JiraRequest.put(WEBHOOKS + "/refresh", idsBody()));
            refreshedAt = clock.instant();
            return;
        }
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

    /** Whether the registration was found at Jira rather than made. */
    synchronized boolean reused() {
        return reused;
    }

    /** Lets another route of the connection use another URL once this one has stopped. */
    synchronized void release() {
        if (claim != null) {
            claim.release();
            claim = null;
        }
    }

    /** The ids of the app's webhooks for the same events and JQL filter, all pages. */
    private List<Long> matchingRegistrations() {
        Set<String> events = new TreeSet<>(events(configuration));
        String filter = configuration.getJqlFilter().strip();
        List<Long> matching = new ArrayList<>();
        OffsetPages webhooks = new OffsetPages(client, (startAt, maxResults) -> JiraRequest.get(WEBHOOKS)
                .withQuery("startAt", startAt).withQuery("maxResults", maxResults), "values", 100, 0);
        while (webhooks.hasNext()) {
            Map<String, Object> webhook = webhooks.next();
            boolean sameEvents = webhook.get("events") instanceof List<?> listed
                    && events.equals(new TreeSet<>(listed.stream().map(String::valueOf).toList()));
            boolean sameFilter = webhook.get("jqlFilter") != null
                    && filter.equals(String.valueOf(webhook.get("jqlFilter")).strip());
            if (sameEvents && sameFilter && webhook.get("id") instanceof Number id) {
                matching.add(id.longValue());
            }
        }
        return matching;
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
