package io.github.jiracloud.app.security;

import java.util.Set;

import io.github.jiracloud.app.onboarding.OnboardingSettings;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Every request that changes something under {@code /jira/} (any method but GET, HEAD and OPTIONS) must not come from
 * another site: a browser logged in to the bundle sends its login (basic credentials, a session cookie) along with
 * any site's form, so such a request is refused with 403 before it reaches a page or an API. It covers every page
 * and API under {@code /jira/}, present and future.
 */
@ApplicationScoped
public class CrossSiteRequestGuard {

    private static final Logger LOG = Logger.getLogger(CrossSiteRequestGuard.class);
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Inject
    OnboardingSettings onboarding;

    void register(@Observes Router router) {
        router.route("/jira/*").order(-1000).handler(this::check);
    }

    void check(RoutingContext context) {
        if (SAFE.contains(context.request().method())
                || !SameOrigin.isCrossSite(context.request(), onboarding.publicUrl())) {
            context.next();
            return;
        }
        LOG.warnf("Refused a cross-site %s to %s (Origin %s)", context.request().method(), context.request().path(),
                String.valueOf(context.request().getHeader("Origin")).replaceAll("\\p{Cntrl}", "?"));
        context.response().setStatusCode(403).putHeader("Content-Type", "text/plain; charset=utf-8")
                .putHeader("Cache-Control", "no-store")
                .end("Refused: this request comes from another site. Use the bundle's own pages.");
    }
}
