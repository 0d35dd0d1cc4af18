package io.github.jiracloud.camel.producer;

import java.io.InputStream;
import java.io.Reader;
import java.time.Duration;

import io.github.jiracloud.camel.JiraCallObserver;
import io.github.jiracloud.camel.JiraEndpoint;
import org.apache.camel.Exchange;
import org.apache.camel.StreamCache;
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
            readStreamedBody(exchange);
            action.perform(exchange, getEndpoint().client());
        } catch (Exception | Error e) {
            failure = e;
            throw e;
        } finally {
            observer.completed(getEndpoint().getOperation(), Duration.ofNanos(System.nanoTime() - started), failure);
        }
    }

    /**
     * A body that arrives as a stream (an HTTP request's, with or without Camel's stream caching) is read once as text,
     * so that JSON, plain-text comments and Markdown all work from it and a retry does not find it consumed.
     * An upload keeps its stream: its bytes are sent as they are.
     */
    private void readStreamedBody(Exchange exchange) throws Exception {
        Object body = exchange.getMessage().getBody();
        if (action.uploadsBody() || !(body instanceof Reader) && !(body instanceof InputStream)) {
            return;
        }
        if (body instanceof StreamCache cache) {
            cache.reset();
        }
        exchange.getMessage().setBody(exchange.getMessage().getMandatoryBody(String.class));
    }
}
