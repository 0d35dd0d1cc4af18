package io.github.jiracloud.emulator.api.webhook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.jiracloud.emulator.api.Resource;
import io.github.jiracloud.emulator.data.StoredComment;
import io.github.jiracloud.emulator.data.StoredIssue;
import io.github.jiracloud.emulator.data.Webhooks;
import io.github.jiracloud.emulator.data.Webhooks.Webhook;
import io.github.jiracloud.emulator.http.ApiException;
import io.github.jiracloud.emulator.http.ApiResponse;
import io.github.jiracloud.emulator.http.Json;
import io.github.jiracloud.emulator.oauth.OAuthApps;
import io.github.jiracloud.emulator.oauth.OAuthApps.App;
import io.github.jiracloud.emulator.routing.Call;
import io.github.jiracloud.emulator.routing.Handler;
import io.github.jiracloud.emulator.routing.Router;

/**
 * Dynamic webhooks ({@code /rest/api/3/webhook}) and their delivery. Registered after every other resource: it wraps
 * the operations that raise webhook events, so a successful create, edit, transition or comment is sent to the
 * registered URLs.
 */
public final class WebhookResource implements Resource {

    private static final String WEBHOOKS = "/rest/api/3/webhook";
    private static final String APPS_ONLY = "Only Connect and OAuth 2.0 apps can use this operation.";
    /** "Only a single URL per app is allowed to be registered" (the spec); the answer to a second URL is assumed. */
    static final String ONE_URL = "Only a single URL per app is allowed to be registered.";
    /** "For an OAuth 2.0 app, the limit is 5 webhooks per app per user on a tenant" (Atlassian's webhooks page). */
    static final int PER_APP_AND_USER = 5;
    static final String LIMIT_REACHED = "The limit of " + PER_APP_AND_USER
            + " webhooks per app and user on this site has been reached.";

    private final OAuthApps apps;
    private final WebhookDelivery delivery;

    public WebhookResource(OAuthApps apps) {
        this.apps = apps;
        this.delivery = new WebhookDelivery(apps);
    }

    @Override
    public void register(Router router) {
        router.get(WEBHOOKS, this::list)
                .post(WEBHOOKS, this::add)
                .delete(WEBHOOKS, this::delete)
                .put(WEBHOOKS + "/refresh", this::refresh);
        raise(router, "POST", "/rest/api/3/issue", "/rest/api/3/issue", "jira:issue_created");
        raise(router, "PUT", "/rest/api/3/issue/{issueIdOrKey}", "/rest/api/3/issue/X-1", "jira:issue_updated");
        raise(router, "POST", "/rest/api/3/issue/{issueIdOrKey}/transitions", "/rest/api/3/issue/X-1/transitions",
                "jira:issue_updated");
        raise(router, "POST", "/rest/api/3/issue/{issueIdOrKey}/comment", "/rest/api/3/issue/X-1/comment",
                "comment_created");
    }

    /** Wraps the operation at {@code template} so that its success raises {@code event}. */
    private void raise(Router router, String method, String template, String samplePath, String event) {
        router.find(method, samplePath).ifPresent(route -> {
            Handler original = route.handler();
            router.add(method, template, call -> {
                ApiResponse response = original.handle(call);
                if (response.status() >= 200 && response.status() < 300) {
                    fire(call, response, event);
                }
                return response;
            });
        });
    }

    private void fire(Call call, ApiResponse response, String event) {
        Map<String, Object> answer = answer(response);
        String issueKey = event.equals("jira:issue_created")
                ? String.valueOf(answer.get("key"))
                : call.pathParam("issueIdOrKey");
        Optional<StoredIssue> issue = call.store().issues().find(issueKey);
        if (issue.isEmpty()) {
            return;
        }
        StoredComment comment = null;
        if (event.startsWith("comment_")) {
            String commentId = String.valueOf(answer.get("id"));
            comment = issue.get().comments().stream()
                    .filter(candidate -> String.valueOf(candidate.id()).equals(commentId))
                    .findFirst().orElse(null);
        }
        delivery.fire(call.store(), event, call.caller(), issue.get(), comment);
    }

    private ApiResponse list(Call call) {
        App app = requireApp(call);
        List<Webhook> dynamic = own(call, app);
        int startAt = Math.max(0, call.queryInt("startAt", 0));
        int maxResults = Math.max(1, Math.min(100, call.queryInt("maxResults", 100)));
        List<Map<String, Object>> values = dynamic.stream().skip(startAt).limit(maxResults).map(WebhookResource::json)
                .toList();
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("startAt", startAt);
        page.put("maxResults", maxResults);
        page.put("total", dynamic.size());
        page.put("isLast", startAt + values.size() >= dynamic.size());
        page.put("values", values);
        return ApiResponse.ok(page);
    }

    private ApiResponse add(Call call) {
        App app = requireApp(call);
        Map<String, Object> body = call.jsonObject();
        String url = String.valueOf(body.get("url"));
        if (own(call, app).stream().anyMatch(webhook -> !webhook.url().equals(url))) {
            throw ApiException.badRequest(ONE_URL);
        }
        List<Map<String, Object>> details = objects(body.get("webhooks"));
        for (Map<String, Object> webhook : details) {
            WebhookFilterSubset.problem(String.valueOf(webhook.get("jqlFilter"))).ifPresent(problem -> {
                throw ApiException.badRequest(problem);
            });
        }
        Instant expires = call.store().now().plus(Webhooks.LIFETIME);
        List<Map<String, Object>> results = new ArrayList<>();
        for (Map<String, Object> webhook : details) {
            List<String> events = strings(webhook.get("events"));
            if (events.isEmpty()) {
                results.add(Map.of("errors", List.of("The webhook must have at least one event.")));
                continue;
            }
            long registeredByUser = own(call, app).stream()
                    .filter(existing -> existing.accountId().equals(app.accountId())).count();
            if (registeredByUser >= PER_APP_AND_USER) {
                results.add(Map.of("errors", List.of(LIMIT_REACHED)));
                continue;
            }
            Webhook added = call.store().webhooks().addDynamic(url, events, String.valueOf(webhook.get("jqlFilter")),
                    expires, app.clientId(), app.accountId());
            results.add(Map.of("createdWebhookId", added.id()));
        }
        return ApiResponse.ok(Map.of("webhookRegistrationResult", results));
    }

    private ApiResponse delete(Call call) {
        call.store().webhooks().delete(ownIds(call, requireApp(call)));
        return new ApiResponse(202, Map.of(), new byte[0]);
    }

    private ApiResponse refresh(Call call) {
        Instant expires = call.store().webhooks().refresh(ownIds(call, requireApp(call)), call.store().now());
        return ApiResponse.ok(Map.of("expirationDate", expires.toEpochMilli()));
    }

    /** The app's own webhooks that are still active: an app sees and changes only those. */
    private static List<Webhook> own(Call call, App app) {
        return call.store().webhooks().all().stream()
                .filter(webhook -> app.clientId().equals(webhook.clientId()))
                .filter(webhook -> webhook.isActive(call.store().now()))
                .toList();
    }

    /** The ids in the request that are the app's; others are left alone, as if they weren't there. */
    private static List<Long> ownIds(Call call, App app) {
        List<Long> own = own(call, app).stream().map(Webhook::id).toList();
        return ids(call).stream().filter(own::contains).toList();
    }

    private App requireApp(Call call) {
        return apps.appOf(call.request()).orElseThrow(() -> new ApiException(ApiResponse.error(403, APPS_ONLY)));
    }

    private static Map<String, Object> json(Webhook webhook) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", webhook.id());
        json.put("jqlFilter", webhook.jqlFilter());
        json.put("events", webhook.events());
        json.put("expirationDate", webhook.expires().toEpochMilli());
        return json;
    }

    private static List<Long> ids(Call call) {
        return objectList(call.jsonObject().get("webhookIds")).stream()
                .map(id -> Long.parseLong(String.valueOf(id))).toList();
    }

    private static Map<String, Object> answer(ApiResponse response) {
        if (response.body().length == 0) {
            return Map.of();
        }
        try {
            return Json.parseObject(response.bodyText());
        } catch (Exception e) {
            return Map.of();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> objects(Object value) {
        return objectList(value).stream().filter(Map.class::isInstance).map(item -> (Map<String, Object>) item)
                .toList();
    }

    private static List<String> strings(Object value) {
        return objectList(value).stream().map(String::valueOf).toList();
    }

    private static List<?> objectList(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }
}
