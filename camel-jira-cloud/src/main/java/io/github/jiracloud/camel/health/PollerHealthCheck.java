package io.github.jiracloud.camel.health;

import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * {@code jira-poller:<routeId>}: DOWN once a poller's last {@value #FAILED_POLLS} polls in a row failed (each after the
 * client's own retries), UP again at its next good poll. One failed poll is not enough: Jira has bad minutes, and the
 * next poll picks up where the last good one stopped. Nothing before the first poll: a poller that runs once an hour
 * must not hold the pod back until then.
 */
public final class PollerHealthCheck extends ReadinessCheck {

    /** How many failed polls in a row make the poller DOWN. */
    public static final int FAILED_POLLS = 3;

    private final String routeId;
    private final String endpoint;
    private final LongSupplier failedPollsInARow;
    private final Supplier<Throwable> lastFailure;

    /**
     * @param endpoint the poller's endpoint URI, sanitized
     * @param failedPollsInARow the poller's count of failed polls since its last good one
     */
    public PollerHealthCheck(String routeId, String endpoint, LongSupplier failedPollsInARow,
            Supplier<Throwable> lastFailure) {
        super("jira-poller:" + routeId);
        this.routeId = routeId;
        this.endpoint = endpoint;
        this.failedPollsInARow = failedPollsInARow;
        this.lastFailure = lastFailure;
    }

    @Override
    protected void check(HealthCheckResultBuilder result) {
        long failed = failedPollsInARow.getAsLong();
        result.detail("route.id", routeId).detail(ENDPOINT_URI, endpoint).detail(FAILURE_ERROR_COUNT, failed);
        if (failed < FAILED_POLLS) {
            result.up();
            return;
        }
        Throwable failure = lastFailure.get();
        result.down().message("The last " + failed + " polls of route " + routeId + " failed"
                + (failure == null ? "" : ": " + failure.getMessage()));
        if (failure != null) {
            result.error(failure);
        }
    }
}
