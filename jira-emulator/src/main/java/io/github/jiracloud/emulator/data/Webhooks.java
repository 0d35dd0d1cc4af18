package io.github.jiracloud.emulator.data;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The webhooks registered on a site: by apps (dynamic, expiring after 30 days) or by an admin (with a secret). */
public final class Webhooks {

    /** Jira expires a dynamic webhook 30 days after it was registered or last refreshed. */
    public static final Duration LIFETIME = Duration.ofDays(30);

    /**
     * One registration: by an admin ({@code clientId} null; {@code secret} signs it, {@code expires} null: it never
     * expires), or by an OAuth 2.0 app ({@code clientId}, and {@code accountId} the user whose token registered it).
     */
    public record Webhook(long id, String url, List<String> events, String jqlFilter, String secret, Instant expires,
            String clientId, String accountId) {

        public boolean isActive(Instant now) {
            return expires == null || now.isBefore(expires);
        }

        /** Registered by an OAuth 2.0 app through {@code POST /rest/api/3/webhook}. */
        public boolean isDynamic() {
            return clientId != null;
        }

        Webhook refreshed(Instant now) {
            return new Webhook(id, url, events, jqlFilter, secret, now.plus(LIFETIME), clientId, accountId);
        }
    }

    private final AtomicLong ids = new AtomicLong(1);
    private final Map<Long, Webhook> webhooks = new ConcurrentHashMap<>();

    /** An admin webhook, signed with {@code secret} when it has one. */
    public Webhook addAdmin(String url, List<String> events, String jqlFilter, String secret) {
        return put(new Webhook(ids.getAndIncrement(), url, List.copyOf(events), jqlFilter, secret, null, null, null));
    }

    /** A dynamic webhook of an OAuth 2.0 app, registered by the user {@code accountId}. */
    public Webhook addDynamic(String url, List<String> events, String jqlFilter, Instant expires, String clientId,
            String accountId) {
        return put(new Webhook(ids.getAndIncrement(), url, List.copyOf(events), jqlFilter, null, expires, clientId,
                accountId));
    }

    private Webhook put(Webhook webhook) {
        webhooks.put(webhook.id(), webhook);
        return webhook;
    }

    /** Oldest first. */
    public List<Webhook> all() {
        List<Webhook> all = new ArrayList<>(webhooks.values());
        all.sort((left, right) -> Long.compare(left.id(), right.id()));
        return all;
    }

    public void delete(Collection<Long> webhookIds) {
        webhookIds.forEach(webhooks::remove);
    }

    /** Extends the given webhooks to 30 days from {@code now}; returns that expiry. */
    public Instant refresh(Collection<Long> webhookIds, Instant now) {
        webhookIds.forEach(id -> webhooks.computeIfPresent(id, (key, webhook) -> webhook.refreshed(now)));
        return now.plus(LIFETIME);
    }
}
