package io.github.jiracloud.emulator.api;

import java.time.Clock;
import java.util.List;

import io.github.jiracloud.emulator.api.agile.BoardResource;
import io.github.jiracloud.emulator.api.agile.SoftwareResource;
import io.github.jiracloud.emulator.api.agile.SprintResource;
import io.github.jiracloud.emulator.api.attachment.AttachmentResource;
import io.github.jiracloud.emulator.api.bulk.BulkChoicesResource;
import io.github.jiracloud.emulator.api.bulk.BulkMoveResource;
import io.github.jiracloud.emulator.api.bulk.BulkQueueResource;
import io.github.jiracloud.emulator.api.bulk.BulkSubmitResource;
import io.github.jiracloud.emulator.api.issue.AssigneeResource;
import io.github.jiracloud.emulator.api.issue.BulkFetchResource;
import io.github.jiracloud.emulator.api.issue.BulkIssueResource;
import io.github.jiracloud.emulator.api.issue.ChangelogResource;
import io.github.jiracloud.emulator.api.issue.CommentResource;
import io.github.jiracloud.emulator.api.issue.CreateMetaResource;
import io.github.jiracloud.emulator.api.issue.IssueLinkResource;
import io.github.jiracloud.emulator.api.issue.IssuePropertyResource;
import io.github.jiracloud.emulator.api.issue.IssueResource;
import io.github.jiracloud.emulator.api.issue.NotifyResource;
import io.github.jiracloud.emulator.api.issue.TransitionResource;
import io.github.jiracloud.emulator.api.issue.WatcherResource;
import io.github.jiracloud.emulator.api.issue.WorklogResource;
import io.github.jiracloud.emulator.api.project.ProjectItemResource;
import io.github.jiracloud.emulator.api.project.ProjectResource;
import io.github.jiracloud.emulator.api.search.SearchResource;
import io.github.jiracloud.emulator.api.site.CatalogResource;
import io.github.jiracloud.emulator.api.site.SiteResource;
import io.github.jiracloud.emulator.api.user.UserResource;
import io.github.jiracloud.emulator.api.webhook.WebhookResource;
import io.github.jiracloud.emulator.oauth.OAuthApps;
import io.github.jiracloud.emulator.routing.Router;

/** Every REST operation the emulator implements. A new resource is one class plus one line here. */
public final class ApiRoutes {

    private ApiRoutes() {
    }

    public static Router create(Clock clock, OAuthApps apps) {
        Router router = new Router();
        List.of(new IssueResource(),
                new BulkIssueResource(),
                new BulkFetchResource(),
                new AssigneeResource(),
                new ChangelogResource(),
                new NotifyResource(),
                new CommentResource(),
                new WorklogResource(),
                new AttachmentResource(),
                new TransitionResource(),
                new IssuePropertyResource(),
                new SearchResource(clock),
                new IssueLinkResource(),
                new WatcherResource(),
                new CreateMetaResource(),
                new ProjectResource(),
                new ProjectItemResource(),
                new UserResource(),
                new SiteResource(),
                new CatalogResource(),
                new BoardResource(),
                new SprintResource(),
                new SoftwareResource(),
                new BulkSubmitResource(),
                new BulkMoveResource(),
                new BulkQueueResource(),
                new BulkChoicesResource(),
                // Last: it wraps the operations above that raise webhook events.
                new WebhookResource(apps))
                .forEach(resource -> resource.register(router));
        return router;
    }
}
