package io.github.jiracloud.camel;

import java.time.Clock;
import java.util.HashMap;
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
import org.apache.camel.util.ObjectHelper;
import org.apache.camel.util.URISupport;

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
        JiraEndpoint endpoint = new JiraEndpoint(uri, this, operation, configuration.copy());
        Map<String, Object> given = new HashMap<>(parameters);
        try {
            setProperties(endpoint, parameters);
        } catch (RuntimeException e) {
            throw nameUnreadableOption(e, uri, operation, given);
        }
        endpoint.getConfiguration().validateCommonOptions();
        switch (operation) {
            case ISSUE_POLL -> IssuePollingConsumer.validate(endpoint.getConfiguration());
            case COMMENT_POLL -> CommentPollingConsumer.validate(endpoint.getConfiguration());
            case WEBHOOK_RECEIVE -> WebhookConsumer.validate(endpoint.getConfiguration());
            default -> {
            }
        }
        // A webhook registered in Jira's settings only receives: it calls Jira only to register itself.
        if (operation != JiraOperation.WEBHOOK_RECEIVE || endpoint.getConfiguration().isRegister()) {
            ConnectionSettings.validate(endpoint.getConfiguration());
        }
        return endpoint;
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
