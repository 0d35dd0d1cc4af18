package io.github.jiracloud.app.failed;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the failed exchanges waiting in the store, per flow, on {@code /q/health/ready}, and is always UP: a pod
 * with failed exchanges is as ready as any other to process new ones, and taking it out of the Service would help
 * nobody. Alerts belong on the gauge {@code jira_bundle_failed_exchanges}.
 */
@Readiness
@ApplicationScoped
public class FailedExchangesHealth implements HealthCheck {

    private final FailedExchangeMetrics metrics;

    public FailedExchangesHealth(FailedExchangeMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public HealthCheckResponse call() {
        FailedExchangeMetrics.Snapshot snapshot = metrics.recent();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("failed-exchanges").up()
                .withData("pending", snapshot.total()).withData("page", "/jira/failed-exchanges");
        snapshot.pendingByFlow().forEach((flow, count) -> {
            if (count > 0) {
                response.withData("flow " + flow, count);
            }
        });
        if (snapshot.problem() != null) {
            response.withData("store", "not readable: " + snapshot.problem());
        }
        return response.build();
    }
}
