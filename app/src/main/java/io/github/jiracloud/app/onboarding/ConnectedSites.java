package io.github.jiracloud.app.onboarding;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The names and URLs of the sites connections were bound to, by cloud id, for the status page: the token store keeps
 * only the cloud id.
 */
@ApplicationScoped
public class ConnectedSites {

    private final Map<String, AccessibleSite> byCloudId = new ConcurrentHashMap<>();

    void remember(AccessibleSite site) {
        byCloudId.put(site.cloudId(), site);
    }

    Optional<AccessibleSite> find(String cloudId) {
        return cloudId == null ? Optional.empty() : Optional.ofNullable(byCloudId.get(cloudId));
    }
}
