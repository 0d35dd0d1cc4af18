package io.github.jiracloud.camel.consumer;

import java.util.HashMap;
import java.util.Map;

/**
 * The webhook URL the routes of one connection register. Jira allows an app a single webhook URL ("Only a single URL
 * per app is allowed to be registered", the spec), so a second route asking for another URL fails at start instead of
 * being refused by Jira, or moving the first route's deliveries.
 */
final class WebhookUrlClaim {

    /** The claims of one connection, kept as its {@link io.github.jiracloud.camel.client.JiraClient#state}. */
    static final class Registry {

        private final Map<String, Integer> routesByUrl = new HashMap<>();

        synchronized WebhookUrlClaim claim(String url) {
            routesByUrl.keySet().stream().filter(other -> !other.equals(url)).findFirst().ifPresent(other -> {
                throw new IllegalStateException("Jira allows one webhook URL per app, and another jira:webhook route "
                        + "of this app already registers " + other + ": give this route the same webhookUrl (with "
                        + "its own webhookPath behind it only if a proxy routes there), or use another app for "
                        + url);
            });
            routesByUrl.merge(url, 1, Integer::sum);
            return new WebhookUrlClaim(this, url);
        }

        private synchronized void release(String url) {
            routesByUrl.computeIfPresent(url, (ignored, routes) -> routes > 1 ? routes - 1 : null);
        }
    }

    private final Registry registry;
    private final String url;

    private WebhookUrlClaim(Registry registry, String url) {
        this.registry = registry;
        this.url = url;
    }

    void release() {
        registry.release(url);
    }
}
