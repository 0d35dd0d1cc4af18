package io.github.jiracloud.camel.health;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import io.github.jiracloud.camel.auth.AccessTokenProvider;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;

/**
 * The component's health checks, each registered by name in the Camel context's health-check registry (when Camel's
 * health support is on the classpath): one per connection in use, one per running poller. Camel Quarkus shows them on
 * {@code /q/health/ready}, Spring Boot's actuator through the starter's {@code jira} indicator.
 */
public final class JiraHealthChecks {

    private final Supplier<CamelContext> camel;
    private final Supplier<Instant> now;
    private final Function<String, Optional<Instant>> pausedUntil;
    private final Map<String, ConnectionHealthCheck> connections = new ConcurrentHashMap<>();
    private final Set<HealthCheck> registered = ConcurrentHashMap.newKeySet();

    /**
     * @param now the component's clock, which also decides when access tokens are renewed
     * @param pausedUntil until when a connection is paused by a spent quota (the component knows, from its clients)
     */
    public JiraHealthChecks(Supplier<CamelContext> camel, Supplier<Instant> now,
            Function<String, Optional<Instant>> pausedUntil) {
        this.camel = camel;
        this.now = now;
        this.pausedUntil = pausedUntil;
    }

    /** The connection's check, registered on first use. */
    public ConnectionHealthCheck connection(String name) {
        return connections.computeIfAbsent(name, key -> {
            ConnectionHealthCheck check = new ConnectionHealthCheck(key, now, pausedUntil);
            register(check);
            return check;
        });
    }

    /** The connection's OAuth tokens, watched by its check for a refused refresh token. */
    public AccessTokenProvider watchConsent(String connection, AccessTokenProvider tokens) {
        return connection(connection).watch(tokens);
    }

    /** Registers the check, unless it is turned off (e.g. the component's healthCheckConsumerEnabled=false). */
    public void register(HealthCheck check) {
        HealthCheckRegistry registry = HealthCheckRegistry.get(camel.get());
        if (registry != null && check.isEnabled() && registered.add(check)) {
            registry.register(check);
        }
    }

    public void unregister(HealthCheck check) {
        HealthCheckRegistry registry = HealthCheckRegistry.get(camel.get());
        if (registry != null && registered.remove(check)) {
            registry.unregister(check);
        }
    }

    /** When the component stops: its connections are closed, their checks go with them. */
    public void unregisterAll() {
        registered.forEach(this::unregister);
        connections.clear();
    }
}
