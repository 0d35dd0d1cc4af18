package io.github.jiracloud.camel.route;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.github.jiracloud.camel.JiraComponent;
import io.github.jiracloud.camel.JiraEndpoint;
import org.apache.camel.EndpointAware;
import org.apache.camel.Exchange;
import org.apache.camel.Navigate;
import org.apache.camel.Processor;
import org.apache.camel.Route;
import org.apache.camel.support.RoutePolicySupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Skips a route's runs while a {@code jira:} connection it calls is paused by a spent points quota: Jira refuses every
 * call of the app until the top of the hour, so a run would only fail at its first call (each fails at once, nothing is
 * sent) and end in the error handler. Meant for timer-driven routes: name it in a route (the route's
 * {@code routePolicy}, a
 * bean's name: one instance serves many routes) or let {@link PausedConnectionsPolicyFactory} put it on every route.
 * The
 * pollers skip their polls themselves, and a route that answers a caller should fail instead, so that the
 * caller knows, so the policy leaves every route alone that does not start from a timer ({@code timer:},
 * {@code scheduler:}, {@code quartz:}, {@code cron:}, also behind {@code master:<namespace>:}). The connections are
 * those of the route's {@code jira:} steps, found when the first run starts.
 */
public final class PausedConnectionsPolicy extends RoutePolicySupport {

    private static final Logger LOG = LoggerFactory.getLogger(PausedConnectionsPolicy.class);

    private static final List<String> TIMERS = List.of("timer:", "scheduler:", "quartz:", "cron:");

    /** By route id: one policy may serve several routes (a bean named in each route's routePolicy). */
    private final Map<String, List<JiraEndpoint>> jiraSteps = new ConcurrentHashMap<>();
    private final Map<String, Instant> reported = new ConcurrentHashMap<>();

    @Override
    public void onExchangeBegin(Route route, Exchange exchange) {
        if (!isTimer(route.getEndpoint().getEndpointUri())) {
            return;
        }
        Optional<Instant> paused = pausedUntil(route);
        if (paused.isPresent()) {
            exchange.setRouteStop(true);
            if (!paused.get().equals(reported.put(route.getRouteId(), paused.get()))) {
                LOG.info("Route {} skips its runs until {}: the app's hourly points quota of its Jira connection is "
                        + "spent, and Jira refuses every call until then", route.getRouteId(), paused.get());
            }
        }
    }

    /** The latest pause of the route's connections, if any is paused. */
    Optional<Instant> pausedUntil(Route route) {
        return steps(route).stream()
                .map(step -> ((JiraComponent) step.getComponent()).pausedUntil(step.getConfiguration().getConnection()))
                .flatMap(Optional::stream)
                .max(Instant::compareTo);
    }

    private List<JiraEndpoint> steps(Route route) {
        return jiraSteps.computeIfAbsent(route.getRouteId(), id -> {
            List<JiraEndpoint> found = new ArrayList<>();
            collect(route.navigate(), found);
            return List.copyOf(found);
        });
    }

    private static void collect(Navigate<Processor> node, List<JiraEndpoint> found) {
        if (node == null || !node.hasNext()) {
            return;
        }
        for (Processor processor : node.next()) {
            if (processor instanceof EndpointAware aware && aware.getEndpoint() instanceof JiraEndpoint jira
                    && !found.contains(jira)) {
                found.add(jira);
            }
            if (processor instanceof Navigate<?> nested) {
                @SuppressWarnings("unchecked")
                Navigate<Processor> children = (Navigate<Processor>) nested;
                collect(children, found);
            }
        }
    }

    /** Whether a route starts from a timer: {@code timer:...}, also behind {@code master:<namespace>:}. */
    static boolean isTimer(String uri) {
        String endpoint = uri;
        if (endpoint.startsWith("master:")) {
            int namespaceEnd = endpoint.indexOf(':', "master:".length());
            endpoint = namespaceEnd < 0 ? "" : endpoint.substring(namespaceEnd + 1);
        }
        String scheme = endpoint;
        return TIMERS.stream().anyMatch(scheme::startsWith);
    }
}
