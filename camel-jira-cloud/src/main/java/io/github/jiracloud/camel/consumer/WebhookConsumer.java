package io.github.jiracloud.camel.consumer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.github.jiracloud.camel.JiraAuthType;
import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.JiraEndpoint;
import io.github.jiracloud.camel.client.JsonCodec;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code jira:webhook}: each webhook event Jira POSTs to {@code webhookPath} (served by Camel's platform-http) becomes
 * one exchange. Every request is authenticated ({@link WebhookCheck}: an admin webhook's {@code X-Hub-Signature}, or
 * the JWT of a webhook the app registered) and bounded in age; it answers 401 to the others, 200 to a redelivery or
 * replay it already processed (known by what Jira signed), 409 to one still being processed elsewhere, and 500 when
 * the route failed, so that Jira retries.
 */
public class WebhookConsumer extends DefaultConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookConsumer.class);
    static final String WEBHOOK_ID_HEADER = "X-Atlassian-Webhook-Identifier";

    private final JiraConfiguration configuration;
    private final Clock clock;
    private final WebhookCheck check;
    private IdempotentRepository processedIds;
    private Consumer httpConsumer;
    private WebhookRegistration registration;
    private ScheduledExecutorService refresher;

    public WebhookConsumer(JiraEndpoint endpoint, Processor processor, Clock clock) {
        super(endpoint, processor);
        this.configuration = endpoint.getConfiguration();
        this.clock = clock;
        this.check = WebhookCheck.of(configuration);
    }

    /** Checks the webhook options when the route is created. */
    public static void validate(JiraConfiguration configuration) {
        WebhookJqlFilter.check(configuration.getJqlFilter());
        if (!configuration.getWebhookPath().startsWith("/")) {
            throw new IllegalArgumentException(
                    "Option webhookPath must start with '/', was " + configuration.getWebhookPath());
        }
        boolean signed = configuration.getSecret() != null && !configuration.getSecret().isEmpty();
        if (!signed && !configuration.isRegister() && !configuration.isInsecureAcceptAnyCaller()) {
            throw new IllegalArgumentException(
                    "jira:webhook must know who calls it: set secret (the secret of an admin "
                            + "webhook, checked against X-Hub-Signature) or register=true (the route registers the webhook as "
                            + "your OAuth 2.0 app, and Jira signs each delivery with a JWT). Without either, anyone who can "
                            + "reach " + configuration.getWebhookPath()
                            + " could inject events; insecureAcceptAnyCaller=true "
                            + "allows that, for an endpoint only reachable through something that authenticates Jira itself.");
        }
        if (signed && configuration.isRegister()) {
            throw new IllegalArgumentException("Options secret and register=true don't go together: Jira signs the "
                    + "webhooks an OAuth 2.0 app registers with a JWT made from the app's client secret and sends no "
                    + "X-Hub-Signature, so secret would refuse every real delivery. Remove secret (it is for admin "
                    + "webhooks made in Jira's settings).");
        }
        if (configuration.getWebhookMaxAge() <= 0) {
            throw new IllegalArgumentException("Option webhookMaxAge must be positive milliseconds, was "
                    + configuration.getWebhookMaxAge());
        }
        if (configuration.isRegister()) {
            if (configuration.getConnectionOptions().authType() == JiraAuthType.BASIC) {
                throw new IllegalArgumentException("Option register=true needs an OAuth 2.0 connection (auth=oauth2): "
                        + "Jira lets only OAuth 2.0 and Connect apps register webhooks. With an API token, register "
                        + "the webhook in Jira's settings (System > WebHooks) and leave register=false.");
            }
            if (configuration.getWebhookUrl() == null || configuration.getWebhookUrl().isBlank()) {
                throw new IllegalArgumentException("Option register=true needs webhookUrl: the public URL Jira should "
                        + "send the webhooks to, e.g. https://camel.example.com" + configuration.getWebhookPath());
            }
            String clientSecret = configuration.getConnectionOptions().getClientSecret();
            if (clientSecret == null || clientSecret
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8).length < WebhookJwt.MIN_SECRET_BYTES) {
                throw new IllegalArgumentException("Option register=true needs the app's clientSecret (at least "
                        + WebhookJwt.MIN_SECRET_BYTES + " bytes, as Atlassian's are): Jira signs each delivery with "
                        + "a JWT (HS256) made from it, and webhook verifies that signature.");
            }
            if (configuration.getJqlFilter() == null || configuration.getJqlFilter().isBlank()) {
                throw new IllegalArgumentException("Option register=true needs jqlFilter: Jira requires one for each "
                        + "webhook, e.g. jqlFilter=project = OPS");
            }
        }
        if (configuration.getRefreshPeriod() <= 0 || configuration.getRefreshCheckDelay() <= 0) {
            throw new IllegalArgumentException(
                    "Options refreshPeriod and refreshCheckDelay must be positive milliseconds");
        }
    }

    @Override
    public JiraEndpoint getEndpoint() {
        return (JiraEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        processedIds = configuration.getIdempotentRepository() != null
                ? configuration.getIdempotentRepository()
                : MemoryIdempotentRepository.memoryIdempotentRepository(configuration.getWebhookCacheSize());
        ServiceHelper.startService(processedIds);
        startHttpConsumer();
        if (configuration.isRegister()) {
            registration = new WebhookRegistration(getEndpoint().client(), configuration, clock);
            registration.register();
            LOG.info("{} Jira webhooks {} for {}", registration.reused() ? "Reusing" : "Registered",
                    registration.ids(), configuration.getWebhookUrl());
            refresher = getEndpoint().getCamelContext().getExecutorServiceManager()
                    .newSingleThreadScheduledExecutor(this, "JiraWebhookRefresh");
            long delay = configuration.getRefreshCheckDelay();
            refresher.scheduleWithFixedDelay(this::refresh, delay, delay, TimeUnit.MILLISECONDS);
        }
    }

    private void startHttpConsumer() {
        try {
            Endpoint http = getEndpoint().getCamelContext()
                    .getEndpoint("platform-http:" + configuration.getWebhookPath() + "?httpMethodRestrict=POST");
            httpConsumer = http.createConsumer(this::receive);
            ServiceHelper.startService(httpConsumer);
        } catch (Exception e) {
            throw new IllegalStateException("jira:webhook could not serve " + configuration.getWebhookPath()
                    + " through "
                    + "Camel's platform-http (" + e.getMessage() + "). It needs the runtime's HTTP server on the "
                    + "classpath: camel-platform-http-main (Camel Main), camel-platform-http-vertx (plain Camel) or "
                    + "camel-quarkus-platform-http (Quarkus).", e);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (refresher != null) {
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownNow(refresher);
            refresher = null;
        }
        if (registration != null && configuration.isUnregisterOnStop()) {
            try {
                registration.unregister();
            } catch (RuntimeException e) {
                LOG.warn("Could not delete the Jira webhooks {}; Jira expires them within 30 days", registration.ids(),
                        e);
            }
        }
        if (registration != null) {
            registration.release();
        }
        registration = null;
        ServiceHelper.stopAndShutdownService(httpConsumer);
        super.doStop();
    }

    private void refresh() {
        try {
            if (registration.refreshIfDue()) {
                LOG.info("Refreshed Jira webhooks {}", registration.ids());
            }
        } catch (RuntimeException e) {
            getExceptionHandler().handleException("Refreshing the Jira webhooks failed; retried at the next check", e);
        }
    }

    /** Handles one HTTP request from Jira; its answer is the status code. */
    private void receive(Exchange request) {
        byte[] body = request.getMessage().getBody(byte[].class);
        body = body == null ? new byte[0] : body;
        String webhookId = request.getMessage().getHeader(WEBHOOK_ID_HEADER, String.class);
        Optional<List<String>> keys = check.accept(body,
                name -> request.getMessage().getHeader(name, String.class), clock.instant());
        if (keys.isEmpty()) {
            answer(request, 401);
            return;
        }
        if (!remember(keys.get())) {
            // Already processed: 200. Claimed but not confirmed in a repository that tells the two apart (a shared
            // one, where the claimant may be another replica or a dead process): 409, so Jira tries again later.
            answer(request, keys.get().stream().anyMatch(processedIds::contains) ? 200 : 409);
            return;
        }
        Object event;
        try {
            event = JsonCodec.readValue(body);
        } catch (RuntimeException e) {
            forget(keys.get());
            answer(request, 400);
            return;
        }
        boolean processed = process(event, webhookId);
        if (processed) {
            keys.get().forEach(processedIds::confirm);
        } else {
            forget(keys.get()); // so Jira's retry is processed
        }
        answer(request, processed ? 200 : 500);
    }

    /** Remembers every key of a delivery; false (and nothing remembered) when any of them was seen already. */
    private boolean remember(List<String> keys) {
        List<String> added = new ArrayList<>();
        for (String key : keys) {
            if (!processedIds.add(key)) {
                forget(added);
                return false;
            }
            added.add(key);
        }
        return true;
    }

    private boolean process(Object event, String webhookId) {
        Exchange exchange = createExchange(false);
        try {
            exchange.getMessage().setBody(event);
            if (event instanceof Map<?, ?> map) {
                exchange.getMessage().setHeader(JiraConstants.WEBHOOK_EVENT, map.get("webhookEvent"));
                if (map.get("issue") instanceof Map<?, ?> issue) {
                    exchange.getMessage().setHeader(JiraConstants.ISSUE_KEY, issue.get("key"));
                    exchange.getMessage().setHeader(JiraConstants.ISSUE_ID, issue.get("id"));
                }
                if (map.get("comment") instanceof Map<?, ?> comment) {
                    exchange.getMessage().setHeader(JiraConstants.COMMENT_ID, comment.get("id"));
                }
            }
            exchange.getMessage().setHeader(JiraConstants.WEBHOOK_ID, webhookId);
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        boolean failed = exchange.isFailed();
        if (failed) {
            getExceptionHandler().handleException(
                    "Processing the Jira webhook " + webhookId + " failed; Jira retries it",
                    exchange, exchange.getException());
        }
        releaseExchange(exchange, false);
        return !failed;
    }

    private void forget(List<String> keys) {
        keys.forEach(processedIds::remove);
    }

    /** Answers with a status and no body; the request's headers are not echoed back. */
    private static void answer(Exchange request, int status) {
        Map<String, Object> headers = new HashMap<>();
        headers.put(Exchange.HTTP_RESPONSE_CODE, status);
        request.getMessage().setHeaders(headers);
        request.getMessage().setBody(null);
    }
}
