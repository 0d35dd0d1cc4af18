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

    private final WebhookDelivery delivery = new WebhookDelivery();

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
        requireApp(call);
        List<Webhook> dynamic = call.store().webhooks().all().stream().filter(webhook -> webhook.expires() != null)
                .toList();
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
        requireApp(call);
        Map<String, Object> body = call.jsonObject();
        String url = String.valueOf(body.get("url"));
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
            Webhook added = call.store().webhooks().add(url, events, String.valueOf(webhook.get("jqlFilter")), null,
                    expires);
            results.add(Map.of("createdWebhookId", added.id()));
        }
        return ApiResponse.ok(Map.of("webhookRegistrationResult", results));
    }

    private ApiResponse delete(Call call) {
        requireApp(call);
        call.store().webhooks().delete(ids(call));
        return new ApiResponse(202, Map.of(), new byte[0]);
    }

    private ApiResponse refresh(Call call) {
        requireApp(call);
        Instant expires = call.store().webhooks().refresh(ids(call), call.store().now());
        return ApiResponse.ok(Map.of("expirationDate", expires.toEpochMilli()));
    }

    private static void requireApp(Call call) {
        boolean bearer = call.request().header("Authorization")
                .filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7))
                .isPresent();
        if (!bearer) {
            throw new ApiException(ApiResponse.error(403, APPS_ONLY));
        }
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
