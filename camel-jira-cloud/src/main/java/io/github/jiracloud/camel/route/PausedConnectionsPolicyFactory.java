package io.github.jiracloud.camel.route;

import org.apache.camel.CamelContext;
import org.apache.camel.NamedNode;
import org.apache.camel.spi.RoutePolicy;
import org.apache.camel.spi.RoutePolicyFactory;

/**
 * Gives every route a {@link PausedConnectionsPolicy}, which acts on the timer-driven ones only ({@code timer:},
 * {@code scheduler:}, {@code quartz:}, {@code cron:}, also behind {@code master:<namespace>:}): their runs skip while
 * a Jira connection they call is paused by a spent quota. Register it as a bean (Camel Main and Camel Quarkus add every
 * {@link RoutePolicyFactory} bean to the context) or with {@code CamelContext#addRoutePolicyFactory}.
 */
public final class PausedConnectionsPolicyFactory implements RoutePolicyFactory {

    @Override
    public RoutePolicy createRoutePolicy(CamelContext camelContext, String routeId, NamedNode route) {
        return new PausedConnectionsPolicy();
    }
}
