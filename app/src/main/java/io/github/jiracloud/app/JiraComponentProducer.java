package io.github.jiracloud.app;

import io.github.jiracloud.camel.JiraComponent;
import io.github.jiracloud.camel.auth.TokenEvents;
import io.github.jiracloud.camel.route.PausedConnectionsPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;

/**
 * Gives the flows the {@code jira} component with the app's metrics and token events. Camel binds its connections
 * from {@code camel.component.jira.*} and {@code camel.component.jira.connections[<name>].*};
 * {@link BoundConnections} then adds what only the app knows.
 */
@ApplicationScoped
public class JiraComponentProducer {

    @Produces
    @Named("jira")
    @ApplicationScoped
    JiraComponent jiraComponent(JiraMetrics metrics, TokenEvents tokenEvents) {
        JiraComponent component = new JiraComponent();
        component.setCallObserver(metrics);
        component.setRetryListener(metrics);
        component.setTokenEvents(tokenEvents);
        return component;
    }

    /**
     * The timer-driven flows name it ({@code routePolicy: pausedConnections}) to skip their runs while their
     * connection is paused by a spent points quota; the pollers skip their polls by themselves.
     */
    @Produces
    @Named("pausedConnections")
    @ApplicationScoped
    PausedConnectionsPolicy pausedConnections() {
        return new PausedConnectionsPolicy();
    }
}
