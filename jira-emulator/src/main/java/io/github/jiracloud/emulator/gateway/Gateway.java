package io.github.jiracloud.emulator.gateway;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import io.github.jiracloud.emulator.auth.Authenticator;
import io.github.jiracloud.emulator.auth.Caller;
import io.github.jiracloud.emulator.auth.OperationScopes;
import io.github.jiracloud.emulator.control.BoundedLog;
import io.github.jiracloud.emulator.control.RateLimiter;
import io.github.jiracloud.emulator.data.JiraStore;
import io.github.jiracloud.emulator.data.edit.FieldErrors;
import io.github.jiracloud.emulator.http.ApiException;
import io.github.jiracloud.emulator.http.ApiRequest;
import io.github.jiracloud.emulator.http.ApiResponse;
import io.github.jiracloud.emulator.http.Links;
import io.github.jiracloud.emulator.routing.Call;
import io.github.jiracloud.emulator.routing.Router;
import io.github.jiracloud.emulator.validation.RequestValidator;
import io.github.jiracloud.emulator.validation.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens to a request between the socket and a handler: public OAuth endpoints; then for REST calls the URL
 * style ({@code /rest/...} on the site its {@code Host} names, or {@code /ex/jira/{cloudId}/rest/...} through the
 * gateway), authentication, the credential's OAuth 2.0 scopes against the operation's, the rate limits (an app's
 * quota, the operation's burst bucket, the issue's write windows), spec validation, and finally the operation, or 501
 * when the spec has it but the emulator doesn't yet; the answer carries the rate-limit headers and its cost is charged
 * to the app's quota.
 */
public final class Gateway {

    private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);
    private static final String OAUTH_PREFIX = "/ex/jira/";
    private static final String SPEC_VIOLATION = "Request does not match the Jira Cloud OpenAPI spec: ";
    /** Jira's answer to a token without the operation's scopes (not its usual error body). */
    private static final ApiResponse SCOPE_MISMATCH = ApiResponse.json(401,
            Map.of("code", 401, "message", "Unauthorized; scope does not match"));

    private final Sites sites;
    private final Router publicRoutes;
    private final Router api;
    private final Authenticator authenticator;
    private final OperationScopes scopes;
    private final RequestValidator validator;
    private final RateLimiter rateLimiter;
    private final BoundedLog<String> violations;
    private final Clock clock;

    /** @param validator null when the spec is unavailable and validation is off */
    public Gateway(Sites sites, Router publicRoutes, Router api, Authenticator authenticator, OperationScopes scopes,
            RequestValidator validator, RateLimiter rateLimiter, BoundedLog<String> violations, Clock clock) {
        this.sites = sites;
        this.publicRoutes = publicRoutes;
        this.api = api;
        this.authenticator = authenticator;
        this.scopes = scopes;
        this.validator = validator;
        this.rateLimiter = rateLimiter;
        this.violations = violations;
        this.clock = clock;
    }

    public ApiResponse handle(ApiRequest request) {
        try {
            Optional<Router.Route> publicRoute = publicRoutes.find(request.method(), request.path());
            if (publicRoute.isPresent()) {
                JiraStore site = sites.forHost(request.header("host").orElse(null));
                return publicRoute.get().handler().handle(new Call(request, publicRoute.get().pathParams(), null,
                        site, new Links(site.siteUrl())));
            }
            return rest(request);
        } catch (ApiException e) {
            return e.response();
        } catch (FieldErrors e) {
            return ApiResponse.json(400, ApiResponse.errorBody(e.messages(), e.errors()));
        } catch (RuntimeException e) {
            LOG.error("Emulator failure on {} {}", request.method(), request.path(), e);
            return ApiResponse.error(500, "Internal server error in the emulator: " + e);
        }
    }

    private ApiResponse rest(ApiRequest request) {
        boolean viaOAuthGateway = request.path().startsWith(OAUTH_PREFIX);
        if (!viaOAuthGateway && !request.path().startsWith("/rest/")) {
            return notFound(request);
        }
        JiraStore site;
        String apiPath;
        Links links;
        if (viaOAuthGateway) {
            String rest = request.path().substring(OAUTH_PREFIX.length());
            int slash = rest.indexOf('/');
            String cloudId = slash < 0 ? rest : rest.substring(0, slash);
            Optional<JiraStore> addressed = sites.byCloudId(cloudId);
            if (addressed.isEmpty()) {
                return ApiResponse.error(404, "No Jira site with cloud id '" + cloudId + "' is available to you.");
            }
            site = addressed.get();
            apiPath = slash < 0 ? "/" : rest.substring(slash);
            links = new Links(site.siteUrl() + OAUTH_PREFIX + cloudId);
        } else {
            site = sites.forHost(request.header("host").orElse(null));
            apiPath = request.path();
            links = new Links(site.siteUrl());
        }
        Optional<Caller> caller = authenticator.authenticate(request, site, viaOAuthGateway);
        if (caller.isEmpty()) {
            return ApiResponse.error(401, "Client must be authenticated to access this resource.")
                    .withHeader("WWW-Authenticate", viaOAuthGateway
                            ? "Bearer realm=\"api.atlassian.com\""
                            : "Basic realm=\"protected-area\"");
        }
        if (!scopes.requirement(request.method(), apiPath).map(caller.get()::mayCall).orElse(true)) {
            return SCOPE_MISMATCH;
        }
        Optional<Router.Route> route = api.find(request.method(), apiPath);
        RateLimiter.Request limited = limited(request.method(), apiPath, route, site, caller.get());
        Optional<RateLimiter.Refusal> refusal = rateLimiter.admit(limited, clock.instant());
        if (refusal.isPresent()) {
            return RateLimitResponse.tooManyRequests(refusal.get(), clock.instant());
        }
        ApiResponse response = handle(request.withPath(apiPath), route, caller.get(), site, links);
        rateLimiter.charge(limited, QuotaCost.of(request.method(), response), clock.instant());
        return RateLimitResponse.withStatus(response, rateLimiter.status(limited, clock.instant()),
                rateLimiter.betaHeaders());
    }

    private ApiResponse handle(ApiRequest apiRequest, Optional<Router.Route> route, Caller caller, JiraStore site,
            Links links) {
        String apiPath = apiRequest.path();
        if (validator != null && RequestValidator.appliesTo(apiPath)) {
            Optional<Violation> violation = validator.validate(apiRequest);
            if (violation.isPresent()) {
                violations.add(apiRequest.method() + " " + apiPath + ": " + violation.get().message());
                return ApiResponse.error(violation.get().status(), SPEC_VIOLATION + violation.get().message());
            }
        }
        if (route.isPresent()) {
            // Bulk tasks run on the site's clock: what they have done by now is applied before anyone looks.
            site.bulkTasks().catchUp();
            return route.get().handler()
                    .handle(new Call(apiRequest, route.get().pathParams(), caller.user(), site, links));
        }
        if (validator != null && validator.specs().hasOperation(apiRequest.method(), apiPath)) {
            return ApiResponse.error(501, "The Jira Cloud emulator does not implement " + apiRequest.method() + " "
                    + apiPath + " yet.");
        }
        return notFound(apiRequest);
    }

    /** The request as the rate limits see it: its operation, the issue a write goes to, and the OAuth app. */
    private static RateLimiter.Request limited(String method, String apiPath, Optional<Router.Route> route,
            JiraStore site, Caller caller) {
        String template = route.map(found -> found.template().template()).orElse(apiPath);
        String issue = null;
        String issueIdOrKey = route.map(found -> found.pathParams().get("issueIdOrKey")).orElse(null);
        if (issueIdOrKey != null && !"GET".equals(method)) {
            issue = site.issues().find(issueIdOrKey)
                    .map(found -> site.site().cloudId() + " " + found.id()).orElse(null);
        }
        return new RateLimiter.Request(site.site().cloudId(), method, template, issue, caller.app().orElse(null));
    }

    private static ApiResponse notFound(ApiRequest request) {
        return ApiResponse.error(404, "No Jira operation matches " + request.method() + " " + request.path() + ".");
    }
}
