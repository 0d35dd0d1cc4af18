package io.github.jiracloud.camel;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import io.github.jiracloud.camel.auth.TokenEvents;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.RetryingExecutor;
import io.github.jiracloud.camel.client.Sleeper;
import io.github.jiracloud.camel.client.ratelimit.RateLimitListener;
import io.github.jiracloud.camel.connection.ConnectionSettings;
import io.github.jiracloud.camel.connection.JiraConnection;
import io.github.jiracloud.camel.connection.JiraConnectionFactory;
import io.github.jiracloud.camel.health.JiraHealthChecks;
import org.apache.camel.Endpoint;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.IOHelper;
import org.apache.camel.util.ObjectHelper;
import org.apache.camel.util.URISupport;

/**
 * The {@code jira:} component. Holds the default options, creates endpoints from {@code jira:<resource>/<action>}
 * URIs, and keeps one {@link JiraClient} per connection, shared by the endpoints that use it.
 */
@Component("jira")
public class JiraComponent extends HealthCheckComponent {

    @Metadata(description = "The default options of every endpoint; endpoint options override them.")
    private JiraConfiguration configuration = new JiraConfiguration();
    @Metadata(description = "Named connections (site and credentials) that endpoints pick with connection=<name>. "
            + "A bean of type JiraConnection with that name in the registry serves as well.")
    private Map<String, JiraConnection> connections = new LinkedHashMap<>();
    @Metadata(label = "advanced", autowired = false, description = "Waits between retries. Tests inject one that "
            + "does not really sleep.")
    private Sleeper sleeper = Sleeper.SYSTEM;

    private Clock clock = Clock.systemUTC();
    private RetryingExecutor.RetryListener retryListener = RetryingExecutor.RetryListener.NONE;
    private JiraCallObserver callObserver = JiraCallObserver.NONE;
    private TokenEvents tokenEvents = TokenEvents.NONE;
    private static final String DEFAULT_CONNECTION = "default";

    private final Map<ClientKey, JiraClient> clients = new ConcurrentHashMap<>();
    private final Map<Path, FileStateRepository> stateFiles = new ConcurrentHashMap<>();
    private final JiraHealthChecks healthChecks = new JiraHealthChecks(this::getCamelContext, () -> clock.instant(),
            this::pausedUntil);

    public JiraComponent() {
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        // jira:webhook is short for jira:webhook/receive, its only action.
        String[] path = "webhook".equalsIgnoreCase(remaining)
                ? new String[]{"webhook", "receive"}
                : remaining.split("/", -1);
        if (path.length != 2) {
            throw new IllegalArgumentException("The URI " + URISupport.sanitizeUri(uri) + " must read "
                    + "jira:<resource>/<action>, e.g. jira:issue/create; the operations are: "
                    + JiraOperation.catalogue());
        }
        JiraOperation operation = JiraOperation.of(path[0], path[1]);
        // Camel's property binding fails with an ArrayIndexOutOfBoundsException on "&=value".
        if (parameters.containsKey("")) {
            throw new IllegalArgumentException("The URI " + URISupport.sanitizeUri(uri) + " has an option without a "
                    + "name (\"=" + parameters.get("") + "\"): write option=value");
        }
        // A whitespace-only value means nothing, and Camel reads it as a duration with a StringIndexOutOfBounds.
        parameters.forEach((option, value) -> {
            if (value instanceof String text && !text.isEmpty() && text.isBlank()) {
                throw new IllegalArgumentException("The option " + option + " is blank: give it a value or leave it "
                        + "out");
            }
        });
        JiraEndpoint endpoint = new JiraEndpoint(uri, this, operation,
                connectionDefaults(parameters.get("connection")));
        Map<String, Object> given = new HashMap<>(parameters);
        try {
            setProperties(endpoint, parameters);
        } catch (RuntimeException e) {
            throw nameUnreadableOption(e, uri, operation, given);
        }
        endpoint.getConfiguration().validateCommonOptions();
        operation.check(endpoint.getConfiguration());
        if (operation.callsJira(endpoint.getConfiguration())) {
            ConnectionSettings.validate(endpoint.getConfiguration().getConnectionOptions());
        }
        return endpoint;
    }

    /** The component's options, overlaid with the settings of the named connection the endpoint picks. */
    private JiraConfiguration connectionDefaults(Object connectionOption) {
        JiraConfiguration defaults = configuration.copy();
        String name = connectionOption == null ? defaults.getConnection() : connectionOption.toString().strip();
        JiraConnection named = connection(name);
        if (named != null) {
            defaults.setConnectionOptions(named.over(defaults.getConnectionOptions()));
        } else if (!DEFAULT_CONNECTION.equals(name) && !name.equals(configuration.getConnection())) {
            throw new IllegalArgumentException("There is no Jira connection named '" + name + "'. Define it "
                    + "(camel.component.jira.connections[" + name + "].site=..., JiraComponent.addConnection, or a "
                    + "JiraConnection bean named " + name + "), or pick one of: " + connectionNames());
        }
        defaults.setConnection(name);
        return defaults;
    }

    private JiraConnection connection(String name) {
        JiraConnection named = connections.get(name);
        if (named == null && getCamelContext() != null) {
            named = getCamelContext().getRegistry().lookupByNameAndType(name, JiraConnection.class);
        }
        return named;
    }

    private String connectionNames() {
        Set<String> names = new TreeSet<>(connections.keySet());
        names.addAll(getCamelContext().getRegistry().findByTypeWithName(JiraConnection.class).keySet());
        names.add(DEFAULT_CONNECTION);
        return String.join(", ", names);
    }

    /**
     * Camel reads a number option that is not a number as a duration, and some texts (e.g. {@code maxRetries=a&b})
     * make that fail with a StringIndexOutOfBoundsException that names nothing: find the option and name it.
     */
    private RuntimeException nameUnreadableOption(RuntimeException failure, String uri, JiraOperation operation,
            Map<String, Object> given) {
        if (ObjectHelper.getException(IndexOutOfBoundsException.class, failure) == null) {
            return failure;
        }
        for (Map.Entry<String, Object> option : given.entrySet()) {
            Map<String, Object> alone = new HashMap<>();
            alone.put(option.getKey(), option.getValue());
            try {
                setProperties(new JiraEndpoint(uri, this, operation, configuration.copy()), alone);
            } catch (Exception e) {
                if (ObjectHelper.getException(IndexOutOfBoundsException.class, e) != null) {
                    // Camel's exception says only "index -1": the option's name is all the information there is.
                    return new IllegalArgumentException("The option " + option.getKey() + " cannot be read: give a "
                            + "number, or a duration such as 5s or 1m30s where the option is one");
                }
            }
        }
        return failure;
    }

    /** The shared client of the endpoint's connection, opened on first use. */
    JiraClient client(JiraConfiguration endpointConfiguration) {
        // A snapshot: a connection changed later is another connection.
        ClientKey shared = new ClientKey(endpointConfiguration.getConnection(),
                endpointConfiguration.getConnectionOptions().copy());
        return clients.computeIfAbsent(shared, key -> {
            try {
                healthChecks.connection(key.name());
                return new JiraConnectionFactory(getCamelContext(), sleeper, clock, retryListener, tokenEvents,
                        rateLimitListener(), healthChecks).open(key.name(), key.connection());
            } catch (Exception e) {
                throw RuntimeCamelException.wrapRuntimeCamelException(e);
            }
        });
    }

    /** Tells the call observer set now or later (it may be set after a connection was opened). */
    private RateLimitListener rateLimitListener() {
        return new RateLimitListener() {
            @Override
            public void rateLimited(String connection, String reason) {
                callObserver.rateLimited(connection, reason);
            }

            @Override
            public void paused(String connection, Instant until) {
                callObserver.paused(connection, until);
            }
        };
    }

    /**
     * Until when a connection's calls are held back because its app's hourly points quota is spent (they fail at once
     * with {@code JiraRateLimitException}, pollers skip their polls, timer routes with {@link
     * io.github.jiracloud.camel.route.PausedConnectionsPolicy} skip their runs); empty while its calls go out, or
     * before it made any. For health checks and status pages.
     */
    public Optional<Instant> pausedUntil(String connection) {
        return clients.values().stream()
                .filter(client -> client.rateLimits().connection().equals(connection))
                .map(client -> client.rateLimits().pausedUntil())
                .flatMap(Optional::stream)
                .max(Instant::compareTo);
    }

    /**
     * One repository per file, shared by the pollers that keep their positions there: two would each write back their
     * own view of the file and lose the other's positions.
     */
    StateRepository<String, String> fileStateRepository(Path file) {
        return stateFiles.computeIfAbsent(file.toAbsolutePath().normalize(),
                path -> FileStateRepository.fileStateRepository(path.toFile()));
    }

    /** Endpoints share a client when their connections have the same name and equal options. */
    private record ClientKey(String name, JiraConnection connection) {
    }

    @Override
    protected void doStop() throws Exception {
        clients.values().forEach(IOHelper::close);
        clients.clear();
        healthChecks.unregisterAll();
        ServiceHelper.stopService(stateFiles.values());
        stateFiles.clear();
        super.doStop();
    }

    /** The component's health checks: its connections' and its pollers'. */
    public JiraHealthChecks healthChecks() {
        return healthChecks;
    }

    public JiraConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(JiraConfiguration configuration) {
        this.configuration = configuration;
    }

    /** The default connection: what endpoints use unless they pick a named one or set options of their own. */
    public JiraConnection getConnectionOptions() {
        return configuration.getConnectionOptions();
    }

    public void setConnectionOptions(JiraConnection connectionOptions) {
        configuration.setConnectionOptions(connectionOptions);
    }

    public Map<String, JiraConnection> getConnections() {
        return connections;
    }

    public void setConnections(Map<String, JiraConnection> connections) {
        this.connections = new LinkedHashMap<>(connections);
    }

    /** Registers a named connection; endpoints pick it with {@code connection=<name>}. */
    public JiraComponent addConnection(String name, JiraConnection connection) {
        connections.put(name, connection);
        return this;
    }

    public Sleeper getSleeper() {
        return sleeper;
    }

    public void setSleeper(Sleeper sleeper) {
        this.sleeper = sleeper;
    }

    public Clock getClock() {
        return clock;
    }

    /** The clock that decides when cached OAuth access tokens are renewed. */
    public void setClock(Clock clock) {
        this.clock = clock;
    }

    public JiraCallObserver getCallObserver() {
        return callObserver;
    }

    /** Told about every action the producers perform (operation, duration, failure), for metrics. */
    public void setCallObserver(JiraCallObserver callObserver) {
        this.callObserver = callObserver;
    }

    public TokenEvents getTokenEvents() {
        return tokenEvents;
    }

    /** Told of each OAuth access-token renewal and refused refresh token, e.g. for a connection status page. */
    public void setTokenEvents(TokenEvents tokenEvents) {
        this.tokenEvents = tokenEvents;
    }

    public RetryingExecutor.RetryListener getRetryListener() {
        return retryListener;
    }

    /** Told about every retry, for metrics. */
    public void setRetryListener(RetryingExecutor.RetryListener retryListener) {
        this.retryListener = retryListener;
    }
}
