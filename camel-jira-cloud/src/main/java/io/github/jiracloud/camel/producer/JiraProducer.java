package io.github.jiracloud.camel.producer;

import java.time.Duration;

import io.github.jiracloud.camel.JiraCallObserver;
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
        JiraCallObserver observer = getEndpoint().callObserver();
        long started = System.nanoTime();
        Throwable failure = null;
        try {
            action.perform(exchange, getEndpoint().client());
        } catch (Exception | Error e) {
            failure = e;
            throw e;
        } finally {
            observer.completed(getEndpoint().getOperation(), Duration.ofNanos(System.nanoTime() - started), failure);
        }
    }
}
