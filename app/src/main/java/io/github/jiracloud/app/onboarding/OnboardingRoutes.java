package io.github.jiracloud.app.onboarding;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import io.github.jiracloud.app.onboarding.page.ConnectionsPage;
import io.github.jiracloud.app.onboarding.page.Html;
import io.github.jiracloud.app.onboarding.page.ProblemPage;
import io.github.jiracloud.app.onboarding.page.SiteChoicePage;
import io.github.jiracloud.app.security.SameOrigin;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * The onboarding pages on the application's HTTP server: the status page {@code GET /jira/connections}, {@code GET
 * /jira/connect/{connection}} (off to Atlassian's consent screen), {@code GET /jira/callback} (back from it), and
 * {@code POST /jira/connect/{connection}/site} (the site choice). Served only with {@code jira.onboarding.enabled}.
 * Every answer is uncacheable and carries a CSP that allows nothing but this application's own style sheet and forms.
 */
@ApplicationScoped
public class OnboardingRoutes {

    static final String CALLBACK_PATH = "/jira/callback";
    /** Binds a consent to the browser that started it. */
    private static final String BROWSER_COOKIE = "jira-consent";
    private static final Logger LOG = Logger.getLogger(OnboardingRoutes.class);
    private static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";
    private static final int MAX_FORM_BYTES = 4096;

    @Inject
    OnboardingSettings settings;
    @Inject
    Onboarding onboarding;
    @Inject
    ConnectionStatuses statuses;

    void register(@Observes Router router) {
        if (!settings.enabled()) {
            LOG.info("The Jira connection pages are off (jira.onboarding.enabled=false)");
            return;
        }
        router.get(Html.STYLESHEET_PATH).handler(ctx -> secured(ctx.response(), 200)
                .putHeader("Content-Type", "text/css; charset=utf-8").end(Html.stylesheet()));
        router.get("/jira/connections").blockingHandler(ctx -> guarded(ctx, () -> statusPage(ctx)), false);
        router.get("/jira/connect/:connection").blockingHandler(ctx -> guarded(ctx, () -> connect(ctx)), false);
        router.get(CALLBACK_PATH).blockingHandler(ctx -> guarded(ctx, () -> callback(ctx)), false);
        // no file uploads: they would need a writable upload folder, and the pod's root filesystem is read-only
        router.post("/jira/connect/:connection/site").handler(BodyHandler.create(false).setBodyLimit(MAX_FORM_BYTES))
                .blockingHandler(ctx -> guarded(ctx, () -> chooseSite(ctx)), false);
        LOG.infof("Jira connection pages at /jira/connections; Atlassian's callback URL for this application: %s",
                settings.publicUrl().map(url -> withoutTrailingSlash(url) + CALLBACK_PATH)
                        .orElse("<the browser's origin>" + CALLBACK_PATH + " (set jira.onboarding.public-url)"));
    }

    private void statusPage(RoutingContext ctx) {
        String connected = ctx.request().getParam("connected");
        html(ctx, 200, ConnectionsPage.render(statuses.rows(), statuses.connectedNotice(connected).orElse(null)));
    }

    private void connect(RoutingContext ctx) {
        String redirectUri = redirectUri(ctx);
        // Issued here only: a key the browser brings that this application did not issue is replaced.
        String browserKey = onboarding.browserKey(browserKey(ctx).orElse(null));
        URI consentScreen = onboarding.start(ctx.pathParam("connection"), redirectUri, browserKey);
        // Lax: sent along when Atlassian's page sends the browser back (a top-level GET), not with other sites' forms
        ctx.response().addCookie(Cookie.cookie(BROWSER_COOKIE, browserKey).setPath("/jira").setHttpOnly(true)
                .setSameSite(CookieSameSite.LAX).setSecure(isHttps(ctx, redirectUri))
                .setMaxAge(ConsentStates.LIFETIME.toSeconds()));
        redirect(ctx, 302, consentScreen.toString());
    }

    /**
     * Whether the browser reaches this application over https: its public URL says so, or the request came over TLS
     * or through a TLS-terminating proxy that says so ({@code X-Forwarded-Proto}, {@code Forwarded}). Only ever makes
     * the cookie stricter.
     */
    private static boolean isHttps(RoutingContext ctx, String redirectUri) {
        String forwarded = String.valueOf(ctx.request().getHeader("Forwarded")).toLowerCase(java.util.Locale.ROOT);
        return redirectUri.startsWith("https:") || "https".equals(ctx.request().scheme())
                || "https".equalsIgnoreCase(ctx.request().getHeader("X-Forwarded-Proto"))
                || forwarded.matches(".*proto=\"?https\"?.*");
    }

    private void callback(RoutingContext ctx) {
        var request = ctx.request();
        Onboarding.Outcome outcome = onboarding.callback(request.getParam("state"), browserKey(ctx).orElse(null),
                request.getParam("code"), request.getParam("error"), request.getParam("error_description"));
        if (outcome instanceof Onboarding.Outcome.ChooseSite choice) {
            html(ctx, 200, SiteChoicePage.render(choice.connection(), choice.choice(), choice.sites().stream()
                    .map(site -> new SiteChoicePage.Option(site.cloudId(), site.name(), site.url())).toList()));
        } else {
            connected(ctx, ((Onboarding.Outcome.Connected) outcome).connection());
        }
    }

    /** The site-choice form: only from this application's own page, in the browser that consented. */
    private void chooseSite(RoutingContext ctx) {
        String connection = ctx.pathParam("connection");
        if (!SameOrigin.isProvenSameOrigin(ctx.request(), settings.publicUrl())) {
            throw OnboardingProblem.forbidden("The site choice must be made on this application's own page. Connect "
                    + "again from the connections page.", "site choice without a same-origin Origin").about(connection);
        }
        onboarding.chooseSite(connection, ctx.request().getFormAttribute("choice"),
                ctx.request().getFormAttribute("cloudId"), browserKey(ctx).orElse(null));
        connected(ctx, connection);
    }

    /** After-the-fact redirect, so that the callback's URL (with its code) leaves the address bar and history. */
    private static void connected(RoutingContext ctx, String connection) {
        redirect(ctx, 303, "/jira/connections?connected=" + URLEncoder.encode(connection, StandardCharsets.UTF_8));
    }

    /** The key this browser's consents are bound to, if it has one of ours. */
    private static Optional<String> browserKey(RoutingContext ctx) {
        Cookie cookie = ctx.request().getCookie(BROWSER_COOKIE);
        return Optional.ofNullable(cookie).map(Cookie::getValue).filter(RandomTokens::looksLikeOne);
    }

    /**
     * The public URL's callback; only in dev and tests, where the start-up check lets the public URL be unset, the
     * request's own origin stands in.
     */
    private String redirectUri(RoutingContext ctx) {
        String base = settings.publicUrl().map(OnboardingRoutes::withoutTrailingSlash)
                .orElseGet(() -> ctx.request().scheme() + "://" + origin(ctx.request().authority()));
        return base + CALLBACK_PATH;
    }

    /** The request's own host and port (HTTP/1.1 Host or HTTP/2 :authority). */
    private static String origin(HostAndPort authority) {
        if (authority == null) {
            throw OnboardingProblem.badRequest("The request names no host, so the callback URL is unknown; set "
                    + "jira.onboarding.public-url.", "request without Host");
        }
        return authority.port() < 0 ? authority.host() : authority.host() + ":" + authority.port();
    }

    private static void guarded(RoutingContext ctx, Runnable page) {
        try {
            page.run();
        } catch (OnboardingProblem problem) {
            LOG.warnf("Connecting a Jira connection failed: %s", problem.logLine());
            html(ctx, problem.status(), ProblemPage.render(problem.userMessage()));
        } catch (RuntimeException e) {
            LOG.errorf(e, "The Jira connection page %s failed", ctx.request().path());
            html(ctx, 500, ProblemPage.render("Something went wrong on this side; the application's log has the "
                    + "details."));
        }
    }

    private static void html(RoutingContext ctx, int status, String body) {
        secured(ctx.response(), status).putHeader("Content-Type", "text/html; charset=utf-8").end(body);
    }

    private static void redirect(RoutingContext ctx, int status, String location) {
        secured(ctx.response(), status).putHeader("Location", location).end();
    }

    private static HttpServerResponse secured(HttpServerResponse response, int status) {
        return response.setStatusCode(status)
                .putHeader("Cache-Control", "no-store")
                .putHeader("Pragma", "no-cache")
                .putHeader("Content-Security-Policy", CSP)
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("X-Frame-Options", "DENY")
                // the callback URL carries a code: never pass it on
                .putHeader("Referrer-Policy", "no-referrer");
    }

    private static String withoutTrailingSlash(String url) {
        return url.replaceAll("/+$", "");
    }
}
