package io.github.jiracloud.emulator.gateway;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.jiracloud.emulator.data.JiraStore;

/**
 * The sites the emulator serves, in the order they were added. The first is the primary: the site URL
 * ({@code /rest/...}) addresses it unless the request's {@code Host} names another site's URL. Every site is
 * reachable through the OAuth gateway, {@code /ex/jira/{cloudId}}.
 */
public final class Sites {

    private final List<JiraStore> stores = new CopyOnWriteArrayList<>();

    public void add(JiraStore site) {
        if (byCloudId(site.site().cloudId()).isPresent()) {
            throw new IllegalArgumentException("A site named '" + site.site().name() + "' already exists");
        }
        stores.add(site);
    }

    public JiraStore primary() {
        return stores.get(0);
    }

    public Optional<JiraStore> byCloudId(String cloudId) {
        return stores.stream().filter(store -> store.site().cloudId().equals(cloudId)).findFirst();
    }

    /** The site whose URL has this authority ({@code host:port}, as in a {@code Host} header), else the primary. */
    public JiraStore forHost(String hostHeader) {
        if (hostHeader == null) {
            return primary();
        }
        String wanted = hostHeader.toLowerCase(Locale.ROOT);
        return stores.stream()
                .filter(store -> wanted.equals(authority(store.siteUrl())))
                .findFirst().orElse(primary());
    }

    /** Primary first. */
    public List<JiraStore> all() {
        return List.copyOf(stores);
    }

    private static String authority(String url) {
        String authority = URI.create(url).getAuthority();
        return authority == null ? "" : authority.toLowerCase(Locale.ROOT);
    }
}
