package io.github.jiracloud.app.onboarding;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.github.jiracloud.app.onboarding.page.ScopeCheck;
import io.github.jiracloud.camel.JiraEndpoint;
import io.github.jiracloud.camel.JiraOperation;
import io.github.jiracloud.camel.scope.ScopeCatalogue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;

/**
 * Which OAuth 2.0 scopes the flows need on each connection: the operations of the {@code jira:} endpoints the routes
 * use, by connection, through the component's scope table.
 */
@ApplicationScoped
public class FlowScopes {

    private final CamelContext camel;

    @Inject
    public FlowScopes(CamelContext camel) {
        this.camel = camel;
    }

    /** The operations the routes perform on the connection (a webhook only when it registers itself). */
    Set<JiraOperation> operations(String connection) {
        Set<JiraOperation> operations = EnumSet.noneOf(JiraOperation.class);
        camel.getEndpoints().stream()
                .filter(JiraEndpoint.class::isInstance).map(JiraEndpoint.class::cast)
                .filter(endpoint -> connection.equals(endpoint.getConfiguration().getConnection()))
                .filter(endpoint -> endpoint.getOperation() != JiraOperation.WEBHOOK_RECEIVE
                        || endpoint.getConfiguration().isRegister())
                .forEach(endpoint -> operations.add(endpoint.getOperation()));
        return operations;
    }

    /**
     * @param granted the scopes the connection's token has (or will ask for)
     * @param configKey where the connection's scopes are set, e.g. {@code camel.component.jira} or
     *     {@code camel.component.jira.connections[ops]}
     */
    ScopeCheck check(String connection, Collection<String> granted, String configKey, boolean consent) {
        Set<JiraOperation> operations = operations(connection);
        ScopeCatalogue scopes = ScopeCatalogue.bundled();
        List<String> missing = List.copyOf(scopes.missing(operations, Set.copyOf(granted)));
        String advice = missing.isEmpty()
                ? null
                : "Calls of its flows will fail with 'scope does not match'. Add the missing scopes to " + configKey
                        + ".scopes and to the app's permissions in the Atlassian developer console"
                        + (consent ? ", then Reconnect." : "; a service account's credential must allow them too.");
        return new ScopeCheck(List.copyOf(scopes.recommended(operations)), missing, advice);
    }
}
