package io.github.jiracloud.emulator.data;

import java.time.Clock;
import java.time.Instant;

/** Everything one site holds: its identity, configuration and issues, and the clock that stamps changes. */
public final class JiraStore {

    private final Site site;
    private final Clock clock;
    private final SiteCatalog catalog;
    private final IssueStore issues = new IssueStore();
    /** Known once the server listens; a second site would have its own host. */
    private volatile String siteUrl = "http://127.0.0.1";

    public JiraStore(Site site, Clock clock, SiteCatalog catalog) {
        this.site = site;
        this.clock = clock;
        this.catalog = catalog;
    }

    public Site site() {
        return site;
    }

    public Clock clock() {
        return clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public SiteCatalog catalog() {
        return catalog;
    }

    public IssueStore issues() {
        return issues;
    }

    /** The site's own URL, e.g. {@code http://127.0.0.1:8080}: what serverInfo and accessible-resources report. */
    public String siteUrl() {
        return siteUrl;
    }

    public void siteUrl(String url) {
        this.siteUrl = url;
    }
}
