package io.github.jiracloud.emulator.api.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.JOSEException;
import io.github.jiracloud.emulator.api.render.EntityJson;
import io.github.jiracloud.emulator.api.render.FieldSelection;
import io.github.jiracloud.emulator.api.render.IssueJson;
import io.github.jiracloud.emulator.api.render.IssueView;
import io.github.jiracloud.emulator.data.JiraStore;
import io.github.jiracloud.emulator.data.StoredComment;
import io.github.jiracloud.emulator.data.StoredIssue;
import io.github.jiracloud.emulator.data.User;
import io.github.jiracloud.emulator.data.Webhooks.Webhook;
import io.github.jiracloud.emulator.http.Json;
import io.github.jiracloud.emulator.http.Links;
import io.github.jiracloud.emulator.jql.Jql;
import io.github.jiracloud.emulator.jql.JqlContext;
import io.github.jiracloud.emulator.jql.JqlQuery;
import io.github.jiracloud.emulator.oauth.OAuthApps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a site's events to the registered webhooks whose events and JQL filter match, as Jira does: one POST per
 * webhook with {@code X-Atlassian-Webhook-Identifier} (kept across retries) and, for an admin webhook with a secret,
 * {@code X-Hub-Signature}; a webhook an OAuth 2.0 app registered gets {@code Authorization: Bearer <JWT>} signed with
 * the app's client secret instead ({@link WebhookTokens}), made anew for each attempt. Delivery runs on its own
 * threads, so an API call never waits for a receiver.
 */
final class WebhookDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDelivery.class);
    static final int ATTEMPTS = 4;
    private static final Duration RETRY_PAUSE = Duration.ofMillis(200);

    /** Two daemon threads that end when idle, so emulators that are closed leave no threads behind. */
    private final ThreadPoolExecutor senders = new ThreadPoolExecutor(2, 2, 10, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), runnable -> {
                Thread thread = new Thread(runnable, "jira-emulator-webhooks");
                thread.setDaemon(true);
                return thread;
            });

    private final OAuthApps apps;

    WebhookDelivery(OAuthApps apps) {
        this.apps = apps;
        senders.allowCoreThreadTimeOut(true);
    }
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Queues the event; {@code comment} is null for issue events. */
    void fire(JiraStore store, String event, User actor, StoredIssue issue, StoredComment comment) {
        List<Webhook> matching = store.webhooks().all().stream()
                .filter(webhook -> webhook.isActive(store.now()) && webhook.events().contains(event))
                .filter(webhook -> matchesFilter(store, webhook, issue))
                .toList();
        if (matching.isEmpty()) {
            return;
        }
        Map<String, Object> payload = payload(store, event, actor, issue, comment, matching);
        byte[] body = Json.bytes(payload);
        for (Webhook webhook : matching) {
            String identifier = UUID.randomUUID().toString();
            senders.execute(() -> send(store, webhook, body, identifier));
        }
    }

    private void send(JiraStore store, Webhook webhook, byte[] body, String identifier) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(webhook.url()))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header("X-Atlassian-Webhook-Identifier", identifier)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (attempt > 1) {
                request.header("X-Atlassian-Webhook-Retry", Integer.toString(attempt - 1));
            }
            if (webhook.isDynamic()) {
                Optional<String> token = bearerToken(store, webhook);
                if (token.isEmpty()) {
                    return;
                }
                request.header("Authorization", "Bearer " + token.get());
            } else if (webhook.secret() != null) {
                request.header("X-Hub-Signature", signature(webhook.secret(), body));
            }
            try {
                int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status >= 200 && status < 300) {
                    return;
                }
                LOG.debug("Webhook {} answered {} (attempt {})", webhook.url(), status, attempt);
            } catch (Exception e) {
                LOG.debug("Webhook {} failed (attempt {}): {}", webhook.url(), attempt, e.toString());
            }
            pause();
        }
        LOG.warn("Gave up delivering webhook {} to {} after {} attempts", identifier, webhook.url(), ATTEMPTS);
    }

    private Optional<String> bearerToken(JiraStore store, Webhook webhook) {
        Optional<String> secret = apps.signingSecret(webhook.clientId());
        if (secret.isEmpty()) {
            LOG.warn("Not delivering webhook {}: its app {} is not registered", webhook.id(), webhook.clientId());
            return Optional.empty();
        }
        try {
            return Optional.of(WebhookTokens.sign(webhook, secret.get(), store.site().cloudId(), store.now()));
        } catch (JOSEException e) {
            LOG.warn("Not delivering webhook {}: its app's secret can't sign HS256 ({})", webhook.id(), e.getMessage());
            return Optional.empty();
        }
    }

    private static boolean matchesFilter(JiraStore store, Webhook webhook, StoredIssue issue) {
        if (webhook.jqlFilter() == null || webhook.jqlFilter().isBlank()) {
            return true;
        }
        try {
            JqlQuery query = Jql.parse(webhook.jqlFilter(), new JqlContext(null, store.clock(),
                    store.catalog().customFieldIdsByName()));
            IssueJson renderer = new IssueJson(store, new EntityJson(new Links("")));
            return query.matches(issue.searchView(renderer::searchView), issue.properties());
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Map<String, Object> payload(JiraStore store, String event, User actor, StoredIssue issue,
            StoredComment comment, List<Webhook> matching) {
        EntityJson entities = new EntityJson(new Links(store.siteUrl()));
        IssueJson json = new IssueJson(store, entities);
        IssueView view = new IssueView(FieldSelection.parse(List.of("*all"), FieldSelection.Default.ALL,
                FieldSelection.Default.ALL, store.catalog().fields()), Set.of(), List.of());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("timestamp", store.now().toEpochMilli());
        payload.put("webhookEvent", event);
        if (comment == null) {
            // Issue events name the change and who made it; comment events carry the comment's author instead.
            payload.put("issue_event_type_name",
                    event.equals("jira:issue_created") ? "issue_created" : "issue_generic");
            payload.put("user", entities.user(actor));
        }
        payload.put("issue", json.issue(issue, view));
        if (comment != null) {
            payload.put("comment", json.comments().comment(issue, comment, false));
        }
        payload.put("matchedWebhookIds", matching.stream().map(Webhook::id).toList());
        return payload;
    }

    static String signature(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
