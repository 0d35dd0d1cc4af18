package io.github.jiracloud.camel;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.RetryingExecutor;
import io.github.jiracloud.camel.client.Sleeper;
import io.github.jiracloud.camel.connection.ConnectionSettings;
import io.github.jiracloud.camel.consumer.CommentPollingConsumer;
import io.github.jiracloud.camel.consumer.IssuePollingConsumer;
import io.github.jiracloud.camel.consumer.WebhookConsumer;
import io.github.jiracloud.camel.connection.JiraConnectionFactory;
import org.apache.camel.Endpoint;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.util.IOHelper;

/**
 * The {@code jira:} component. Holds the default options, creates endpoints from {@code jira:<resource>/<action>}
 * URIs, and keeps one {@link JiraClient} per connection, shared by the endpoints that use it.
 */
@Component("jira")
public class JiraComponent extends DefaultComponent {

    @Metadata(description = "The default options of every endpoint; endpoint options override them.")
    private JiraConfiguration configuration = new JiraConfiguration();
    @Metadata(label = "advanced", autowired = false,
              description = "Waits between retries. Tests inject one that does not really sleep.")
    private Sleeper sleeper = Sleeper.SYSTEM;

    private Clock clock = Clock.systemUTC();
    private RetryingExecutor.RetryListener retryListener = RetryingExecutor.RetryListener.NONE;
    private JiraCallObserver callObserver = JiraCallObserver.NONE;
    private final Map<String, JiraClient> clients = new ConcurrentHashMap<>();

    public JiraComponent() {
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        // jira:webhook is short for jira:webhook/receive, its only action.
        String[] path = "webhook".equalsIgnoreCase(remaining) ? new String[] { "webhook", "receive" }
                : remaining.split("/", -1);
        if (path.length != 2) {
            throw new IllegalArgumentException("The URI " + uri + " must read jira:<resource>/<action>, e.g. "
                    + "jira:issue/create; the operations are: " + JiraOperation.catalogue());
        }
        JiraOperation operation = JiraOperation.of(path[0], path[1]);
        JiraEndpoint endpoint = new JiraEndpoint(uri, this, operation, configuration.copy());
        setProperties(endpoint, parameters);
        endpoint.getConfiguration().validateCommonOptions();
        switch (operation) {
            case ISSUE_POLL -> IssuePollingConsumer.validate(endpoint.getConfiguration());
            case COMMENT_POLL -> CommentPollingConsumer.validate(endpoint.getConfiguration());
            case WEBHOOK_RECEIVE -> WebhookConsumer.validate(endpoint.getConfiguration());
            default -> {
            }
        }
        ConnectionSettings.validate(endpoint.getConfiguration());
        return endpoint;
    }

    /** The shared client of the endpoint's connection, opened on first use. */
    JiraClient client(JiraConfiguration endpointConfiguration) {
        return clients.computeIfAbsent(ConnectionSettings.sharingKey(endpointConfiguration), key -> {
            try {
                return new JiraConnectionFactory(getCamelContext(), sleeper, clock, retryListener)
                        .open(endpointConfiguration);
            } catch (Exception e) {
                throw RuntimeCamelException.wrapRuntimeCamelException(e);
            }
        });
    }

    @Override
    protected void doStop() throws Exception {
        clients.values().forEach(IOHelper::close);
        clients.clear();
        super.doStop();
    }

    public JiraConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(JiraConfiguration configuration) {
        this.configuration = configuration;
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

    public RetryingExecutor.RetryListener getRetryListener() {
        return retryListener;
    }

    /** Told about every retry, for metrics. */
    public void setRetryListener(RetryingExecutor.RetryListener retryListener) {
        this.retryListener = retryListener;
    }
}
