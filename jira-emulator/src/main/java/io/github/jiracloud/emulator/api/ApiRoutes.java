package io.github.jiracloud.emulator.api;

import io.github.jiracloud.emulator.api.issue.CommentResource;
import io.github.jiracloud.emulator.api.issue.IssuePropertyResource;
import io.github.jiracloud.emulator.api.issue.IssueResource;
import io.github.jiracloud.emulator.api.issue.TransitionResource;
import io.github.jiracloud.emulator.api.project.ProjectResource;
import io.github.jiracloud.emulator.api.search.SearchResource;
import io.github.jiracloud.emulator.api.site.SiteResource;
import io.github.jiracloud.emulator.routing.Router;

import java.time.Clock;
import java.util.List;

/** Every REST operation the emulator implements. A new resource is one class plus one line here. */
public final class ApiRoutes {

    private ApiRoutes() {
    }

    public static Router create(Clock clock) {
        Router router = new Router();
        List.of(new IssueResource(),
                        new CommentResource(),
                        new TransitionResource(),
                        new IssuePropertyResource(),
                        new SearchResource(clock),
                        new ProjectResource(),
                        new SiteResource())
                .forEach(resource -> resource.register(router));
        return router;
    }
}
