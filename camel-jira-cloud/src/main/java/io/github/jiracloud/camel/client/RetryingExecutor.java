package io.github.jiracloud.camel.client;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.github.jiracloud.camel.client.ratelimit.RateLimitGate;
import io.github.jiracloud.camel.client.ratelimit.RateLimitHeaders;
import io.github.jiracloud.camel.error.JiraErrorDetails;
import io.github.jiracloud.camel.error.JiraException;
import io.github.jiracloud.camel.error.JiraOutcomeUnknownException;
import io.github.jiracloud.camel.error.JiraTransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repeats an attempt as the {@link RetryPolicy} allows, sleeping through the injectable {@link Sleeper}. Every attempt
 * passes the connection's {@link RateLimitGate} first (which may hold it back or, for a spent quota, fail it without
 * sending it) and tells it the answer; a 429 for a spent quota is not retried.
 */
public final class RetryingExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(RetryingExecutor.class);

    /** One try at a call. */
    @FunctionalInterface
    public interface Attempt<R extends HttpAnswer> {

        R send() throws TransportFailure;

        /**
         * Asked before each retry: false once the request can't be sent again (its body was a stream that the last
         * attempt consumed), which ends the retries whatever the policy says.
         */
        default boolean canSendAgain() {
            return true;
        }

        /**
         * The answer standing for a lost one, made from what the request's {@link OutcomeCheck} found. Only calls
         * whose answers are read whole carry checks.
         */
        default R lookedUp(OutcomeCheck.Found found) {
            throw new UnsupportedOperationException("A streamed call has no outcome check");
        }
    }

    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final RetryListener listener;
    private final RateLimitGate gate;

    public RetryingExecutor(RetryPolicy policy, Sleeper sleeper, RetryListener listener) {
        this(policy, sleeper, listener, RateLimitGate.standalone(Clock.systemUTC()));
    }

    public RetryingExecutor(RetryPolicy policy, Sleeper sleeper, RetryListener listener, RateLimitGate gate) {
        this.policy = policy;
        this.sleeper = sleeper;
        this.listener = listener;
        this.gate = gate;
    }

    /** The connection's rate-limit state, e.g. whether its quota is spent. */
    public RateLimitGate rateLimits() {
        return gate;
    }

    /**
     * Sends the request with {@code attempt}, again as the policy allows. A request that is not idempotent is sent
     * again after an unknown outcome only when its {@linkplain JiraRequest#outcomeCheck outcome check} shows that the
     * earlier attempt did not take effect; when it did, what the check found is the answer ({@link #lookUp}).
     *
     * @return the last answer, which may still be an error status; the caller maps it
     * @throws JiraTransportException when no answer came and no more retries are allowed
     * @throws JiraOutcomeUnknownException when the request's outcome is unknown and its check can't tell
     */
    public <R extends HttpAnswer> R execute(JiraRequest request, Attempt<R> attempt) {
        String method = request.method();
        String path = request.path();
        OutcomeCheck check = request.outcomeCheck();
        boolean repeatableUnknown = request.isIdempotent() || check != null;
        for (int retries = 0;; retries++) {
            Optional<Duration> delay;
            Duration held = gate.beforeAttempt(method, path);
            if (!held.isZero()) {
                sleep(held);
            }
            try {
                R response = attempt.send();
                RateLimitHeaders limits = response.rateLimit();
                gate.observe(method, path, response.status(), limits);
                if (response.status() == 429 && limits.isQuota()) {
                    return response;
                }
                if (check != null && isGatewayFailure(response.status())) {
                    Optional<OutcomeCheck.Found> found = lookUp(request, "the gateway answered " + response.status());
                    if (found.isPresent()) {
                        return attempt.lookedUp(found.get());
                    }
                }
                delay = policy.nextDelay(repeatableUnknown, retries, RetryPolicy.Outcome.ANSWERED, response.status(),
                        ErrorMapper.parseRetryAfter(response.retryAfter()));
                if (delay.isEmpty() || !attempt.canSendAgain()) {
                    return response;
                }
                LOG.debug("{} {} answered {}; retry {} in {} ms", method, path, response.status(), retries + 1,
                        delay.get().toMillis());
                listener.retrying(method, path, response.status());
            } catch (TransportFailure failure) {
                boolean unknown = failure.outcome() == RetryPolicy.Outcome.UNKNOWN;
                if (check != null && unknown) {
                    Optional<OutcomeCheck.Found> found = lookUp(request, failure.getMessage());
                    if (found.isPresent()) {
                        return attempt.lookedUp(found.get());
                    }
                }
                delay = policy.nextDelay(repeatableUnknown, retries, failure.outcome(), 0, null);
                if (delay.isEmpty() || !attempt.canSendAgain()) {
                    throw new JiraTransportException(new JiraErrorDetails(0, method, path,
                            List.of(failure.getMessage()), null, null, hint(request, unknown, delay.isPresent())),
                            failure);
                }
                LOG.debug("{} {} failed ({}); retry {} in {} ms", method, path, failure.getMessage(), retries + 1,
                        delay.get().toMillis());
                listener.retrying(method, path, 0);
            }
            sleep(delay.get());
        }
    }

    private static String hint(JiraRequest request, boolean unknown, boolean onlyTheBodyStopsIt) {
        if (onlyTheBodyStopsIt) {
            return "It was not repeated because its body was a stream that cannot be sent twice";
        }
        if (unknown && request.outcomeCheck() != null) {
            return "The request may have reached Jira; looking for its effect found nothing, and no retries are left";
        }
        if (unknown && !request.isIdempotent()) {
            return "The request may have reached Jira; it was not repeated because it is not idempotent";
        }
        return null;
    }

    /** 502 and 504: a gateway gave up waiting, which says nothing about whether Jira did the work. */
    private static boolean isGatewayFailure(int status) {
        return status == 502 || status == 504;
    }

    /**
     * Whether a write whose answer was lost took effect, with the request's outcome check. A check whose "not found"
     * is conclusive (it reads the entity) is asked, and once more after the policy's first backoff, since the write
     * may still be under way. A check that reads Jira's search is asked until it finds the write or the policy's
     * look-up window is used up, since search shows a write only after a lag; then the outcome stays unknown.
     *
     * @param lost what happened to the answer, for the error
     * @return what the write did; empty when it did not take effect
     * @throws JiraOutcomeUnknownException when search did not show the write within the window (it is not sent
     *     again, since it may well have been made), or when looking for a create's entity failed
     */
    public Optional<OutcomeCheck.Found> lookUp(JiraRequest request, String lost) {
        String method = request.method();
        String path = request.path();
        OutcomeCheck check = request.outcomeCheck();
        if (check.absenceIsConclusive()) {
            Optional<OutcomeCheck.Found> found = find(request);
            if (found.isEmpty()) {
                sleep(policy.recheckDelay());
                found = find(request);
            }
            LOG.debug("{} {}: outcome unknown; the write {}", method, path,
                    found.isPresent() ? "took effect, its result was looked up" : "was not found");
            return found;
        }
        Duration waited = Duration.ZERO;
        for (int looks = 1;; looks++) {
            Optional<OutcomeCheck.Found> found = find(request);
            if (found.isPresent()) {
                LOG.debug("{} {}: outcome unknown; the write took effect, found after {} look(s)", method, path, looks);
                return found;
            }
            Optional<Duration> wait = policy.nextLookUpDelay(looks, waited);
            if (wait.isEmpty()) {
                ExactlyOnce once = request.exactlyOnce();
                throw outcomeUnknown(method, path, once == null ? null : once.key(), lost, looks, waited);
            }
            sleep(wait.get());
            waited = waited.plus(wait.get());
        }
    }

    /** One look; a create's lookup that fails leaves its outcome unknown. */
    private static Optional<OutcomeCheck.Found> find(JiraRequest request) {
        ExactlyOnce once = request.exactlyOnce();
        try {
            return request.outcomeCheck().find();
        } catch (JiraOutcomeUnknownException e) {
            throw e;
        } catch (JiraException e) {
            if (once == null) {
                throw e;
            }
            throw once.lookUpFailed(request.method(), request.path(), e);
        }
    }

    private static JiraOutcomeUnknownException outcomeUnknown(String method, String path, String key, String lost,
            int looks, Duration waited) {
        String keyText = key == null ? "" : " by its idempotency key " + key;
        return new JiraOutcomeUnknownException(new JiraErrorDetails(0, method, path,
                List.of("the answer was lost (" + lost + "), and looking for what it wrote" + keyText
                        + " found nothing "
                        + "in " + looks + " look(s) over " + waited.toSeconds() + " s; Jira's search shows writes "
                        + "only after a lag, so it may still have been made"),
                null, null,
                "It was not sent again. A Camel redelivery of the exchange looks for it again before writing; "
                        + "anything else should check Jira for the key first (lostAnswerLookupWindow sets how long "
                        + "to look)"),
                key, null);
    }

    /** Waits on the injectable sleeper, as between retries: for callers that wait on Jira's own work. */
    public void pause(Duration delay) {
        sleep(delay);
    }

    private void sleep(Duration delay) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry a Jira call", e);
        }
    }

    /** Told about each retry, for metrics. */
    @FunctionalInterface
    public interface RetryListener {
        RetryListener NONE = (method, path, status) -> {
        };

        /** @param status the status that caused the retry, or 0 for a transport failure */
        void retrying(String method, String path, int status);
    }
}
