package io.github.jiracloud.emulator.data;

import java.time.Clock;
import java.time.Instant;

import io.github.jiracloud.emulator.data.bulk.BulkTasks;

/** Everything one site holds: its identity, configuration and issues, and the clock that stamps changes. */
public final class JiraStore {

    private final Site site;
    private final Clock clock;
    private final SiteCatalog catalog;
    private final IssueStore issues;
    private final IssueLinks issueLinks = IssueLinks.standard();
    private final Watchers watchers = new Watchers();
    private final ProjectItems projectItems = new ProjectItems();
    private final Outbox outbox = new Outbox();
    private final Attachments attachments = new Attachments();
    private final TimeTracking timeTracking = new TimeTracking();
    private final Webhooks webhooks = new Webhooks();
    private final GlobalPermissions globalPermissions = new GlobalPermissions();
    private final BulkTasks bulkTasks;
    /** Known once the server listens; a second site would have its own host. */
    private volatile String siteUrl = "http://127.0.0.1";

    public JiraStore(Site site, Clock clock, SiteCatalog catalog) {
        this.site = site;
        this.clock = clock;
        this.catalog = catalog;
        this.issues = new IssueStore(clock);
        this.bulkTasks = new BulkTasks(clock);
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

    public IssueLinks issueLinks() {
        return issueLinks;
    }

    public Watchers watchers() {
        return watchers;
    }

    /** The components and versions of the projects. */
    public ProjectItems projectItems() {
        return projectItems;
    }

    /** The e-mail notifications the site queued. */
    public Outbox outbox() {
        return outbox;
    }

    public Attachments attachments() {
        return attachments;
    }

    public TimeTracking timeTracking() {
        return timeTracking;
    }

    /** The webhooks registered on the site. */
    public Webhooks webhooks() {
        return webhooks;
    }

    public GlobalPermissions globalPermissions() {
        return globalPermissions;
    }

    /** The asynchronous bulk operations submitted to the site ({@code /rest/api/3/bulk/...}). */
    public BulkTasks bulkTasks() {
        return bulkTasks;
    }

    /** The site's own URL, e.g. {@code http://127.0.0.1:8080}: what serverInfo and accessible-resources report. */
    public String siteUrl() {
        return siteUrl;
    }

    public void siteUrl(String url) {
        this.siteUrl = url;
    }
}
