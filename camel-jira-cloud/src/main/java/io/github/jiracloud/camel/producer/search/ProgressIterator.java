package io.github.jiracloud.camel.producer.search;

import java.util.Iterator;

import io.github.jiracloud.camel.producer.Progress;
import org.apache.camel.Exchange;

/**
 * Counts the items of a search as they are taken, for {@link Progress}: the count is in the exchange property
 * CamelJiraProgressDone as the iteration goes, so after a streaming split (or once the List is built) the exchange
 * tells how many issues went through.
 */
final class ProgressIterator<T> implements Iterator<T> {

    private final Iterator<T> items;
    private final Progress progress;
    private final Exchange exchange;
    private boolean finished;

    ProgressIterator(Iterator<T> items, Progress progress, Exchange exchange) {
        this.items = items;
        this.progress = progress;
        this.exchange = exchange;
        progress.putOn(exchange);
    }

    @Override
    public boolean hasNext() {
        boolean more = items.hasNext();
        if (!more && !finished) {
            finished = true;
            progress.finish();
        }
        return more;
    }

    @Override
    public T next() {
        T item = items.next();
        progress.advance(1);
        progress.putOn(exchange);
        return item;
    }
}
