package io.github.jiracloud.camel.producer;

import io.github.jiracloud.camel.JiraEndpoint;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultProducer;

/** Runs the endpoint's action on each exchange, over the connection's shared client. */
public class JiraProducer extends DefaultProducer {

    private final JiraAction action;

    public JiraProducer(JiraEndpoint endpoint, JiraAction action) {
        super(endpoint);
        this.action = action;
    }

    @Override
    public JiraEndpoint getEndpoint() {
        return (JiraEndpoint) super.getEndpoint();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        action.perform(exchange, getEndpoint().client());
    }
}
