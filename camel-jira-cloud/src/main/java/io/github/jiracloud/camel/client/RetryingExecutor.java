package io.github.jiracloud.camel.client;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import io.github.jiracloud.camel.error.JiraErrorDetails;
import io.github.jiracloud.camel.error.JiraTransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Repeats an attempt as the {@link RetryPolicy} allows, sleeping through the injectable {@link Sleeper}. */
public final class RetryingExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(RetryingExecutor.class);

    /** One try at a call. */
    @FunctionalInterface
    public interface Attempt<R extends HttpAnswer> {
        R send() throws TransportFailure;
    }

    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final RetryListener listener;

    public RetryingExecutor(RetryPolicy policy, Sleeper sleeper, RetryListener listener) {
        this.policy = policy;
        this.sleeper = sleeper;
        this.listener = listener;
    }

    /**
     * @return the last answer, which may still be an error status; the caller maps it
     * @throws JiraTransportException when no answer came and no more retries are allowed
     */
    public <R extends HttpAnswer> R execute(String method, String path, boolean idempotent, Attempt<R> attempt) {
        return execute(method, path, idempotent, () -> true, attempt);
    }

    /**
     * @param repeatable asked before each retry; false once the request can't be sent again (its body was a stream
     *                   that the last attempt consumed), which ends the retries whatever the policy says
     */
    public <R extends HttpAnswer> R execute(String method, String path, boolean idempotent, BooleanSupplier repeatable,
                                            Attempt<R> attempt) {
        for (int retries = 0;; retries++) {
            Optional<Duration> delay;
            try {
                R response = attempt.send();
                delay = policy.nextDelay(idempotent, retries, RetryPolicy.Outcome.ANSWERED, response.status(),
                        ErrorMapper.parseRetryAfter(response.retryAfter()));
                if (delay.isEmpty() || !repeatable.getAsBoolean()) {
                    return response;
                }
                LOG.debug("{} {} answered {}; retry {} in {} ms", method, path, response.status(), retries + 1,
                        delay.get().toMillis());
                listener.retrying(method, path, response.status());
            } catch (TransportFailure failure) {
                delay = policy.nextDelay(idempotent, retries, failure.outcome(), 0, null);
                if (delay.isEmpty() || !repeatable.getAsBoolean()) {
                    String hint = delay.isPresent()
                            ? "It was not repeated because its body was a stream that cannot be sent twice"
                            : failure.outcome() == RetryPolicy.Outcome.UNKNOWN && !idempotent
                            ? "The request may have reached Jira; it was not repeated because it is not idempotent"
                            : null;
                    throw new JiraTransportException(new JiraErrorDetails(0, method, path,
                            java.util.List.of(failure.getMessage()), null, null, hint), failure);
                }
                LOG.debug("{} {} failed ({}); retry {} in {} ms", method, path, failure.getMessage(), retries + 1,
                        delay.get().toMillis());
                listener.retrying(method, path, 0);
            }
            sleep(delay.get());
        }
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
