package io.github.jiracloud.camel.springboot;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * The health of everything in Camel that talks to Jira: the component's own checks, each by name
 * ({@code jira-connection:<name>}: a refused refresh token; {@code jira-poller:<routeId>}: a poller whose polls keep
 * failing, and why). UP when none is DOWN.
 */
public class JiraHealthIndicator extends AbstractHealthIndicator {

    private static final String JIRA = "jira";

    private final CamelContext camel;

    public JiraHealthIndicator(CamelContext camel) {
        super("Jira health check failed");
        this.camel = camel;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        // "full": every check with its details, the UP ones too (Camel's default exposes only the failing ones)
        Collection<HealthCheck.Result> results = HealthCheckHelper.invoke(camel, check -> Map.of(), check -> false,
                "full");
        boolean down = false;
        for (HealthCheck.Result result : results) {
            if (result.getCheck().getId().startsWith(JIRA)) {
                builder.withDetail(result.getCheck().getId(), details(result));
                down |= result.getState() == HealthCheck.State.DOWN;
            }
        }
        if (down) {
            builder.down();
        } else {
            builder.up();
        }
    }

    private static Map<String, Object> details(HealthCheck.Result result) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("state", result.getState().name());
        result.getMessage().ifPresent(message -> details.put("message", message));
        result.getError().ifPresent(error -> details.put("error", error.getClass().getName() + ": "
                + error.getMessage()));
        result.getDetails().forEach((key, value) -> details.putIfAbsent(key, String.valueOf(value)));
        return details;
    }
}
