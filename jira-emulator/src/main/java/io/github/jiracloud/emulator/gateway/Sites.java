package io.github.jiracloud.emulator.gateway;

import io.github.jiracloud.emulator.data.JiraStore;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sites the emulator serves, by cloud id. Today one: the first registered is the one the site URL
 * ({@code /rest/...}) addresses. A second site would be another {@link JiraStore} here, reachable through
 * {@code /ex/jira/{cloudId}} (and, with host-based routing, its own site URL).
 */
public final class Sites {

    private final Map<String, JiraStore> byCloudId = new ConcurrentHashMap<>();
    private volatile JiraStore primary;

    public void add(JiraStore site) {
        byCloudId.put(site.site().cloudId(), site);
        if (primary == null) {
            primary = site;
        }
    }

    public JiraStore primary() {
        return primary;
    }

    public Optional<JiraStore> byCloudId(String cloudId) {
        return Optional.ofNullable(byCloudId.get(cloudId));
    }

    public List<JiraStore> all() {
        return List.copyOf(byCloudId.values());
    }
}
