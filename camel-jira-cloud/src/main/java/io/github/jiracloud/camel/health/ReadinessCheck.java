package io.github.jiracloud.camel.health;

import java.util.Map;

import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * A readiness check of the component. Never a liveness check: restarting the pod fixes none of Jira's troubles, and a
 * pod that keeps restarting could not even serve the page where a user consents again.
 */
abstract class ReadinessCheck implements HealthCheck {

    private final String id;
    private volatile boolean enabled = true;

    ReadinessCheck(String id) {
        this.id = id;
    }

    /** Sets the state (UP or DOWN) and says why. */
    protected abstract void check(HealthCheckResultBuilder result);

    @Override
    public Result call(Map<String, Object> options) {
        HealthCheckResultBuilder result = HealthCheckResultBuilder.on(this);
        if (!enabled) {
            return result.unknown().message("Disabled").detail(CHECK_ENABLED, false).build();
        }
        check(result);
        return result.build();
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    public String getGroup() {
        return "jira";
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
