package io.github.jiracloud.camel;

import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.producer.JiraAction;
import io.github.jiracloud.camel.producer.JiraActions;
import io.github.jiracloud.camel.producer.JiraProducer;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;

/** Calls the Jira Cloud REST API v3 and Agile API: {@code jira:<resource>/<action>?options}. */
@UriEndpoint(firstVersion = "0.1.0", scheme = "jira", title = "Jira Cloud", syntax = "jira:resource/action",
             category = { Category.API, Category.DOCUMENT }, headersClass = JiraConstants.class, producerOnly = true)
public class JiraEndpoint extends DefaultEndpoint {

    @UriPath(description = "The Jira resource, e.g. issue, search or comment.")
    @Metadata(required = true)
    private String resource;
    @UriPath(description = "The action on the resource, e.g. create, get, jql or add.")
    @Metadata(required = true)
    private String action;
    @UriParam
    private JiraConfiguration configuration;

    private final JiraOperation operation;

    public JiraEndpoint(String uri, JiraComponent component, JiraOperation operation, JiraConfiguration configuration) {
        super(uri, component);
        this.operation = operation;
        this.resource = operation.resource();
        this.action = operation.action();
        this.configuration = configuration;
    }

    @Override
    public Producer createProducer() {
        JiraAction jiraAction = JiraActions.forOperation(operation, configuration);
        return new JiraProducer(this, jiraAction);
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        throw new IllegalArgumentException("jira:" + operation + " can only send to Jira: use it in to(...), not from(...)");
    }

    /** The shared client of this endpoint's connection. */
    public JiraClient client() {
        return ((JiraComponent) getComponent()).client(configuration);
    }

    public JiraOperation getOperation() {
        return operation;
    }

    public String getResource() {
        return resource;
    }

    public void setResource(String resource) {
        this.resource = resource;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public JiraConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(JiraConfiguration configuration) {
        this.configuration = configuration;
    }
}
