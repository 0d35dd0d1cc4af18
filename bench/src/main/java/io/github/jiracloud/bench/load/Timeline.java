package io.github.jiracloud.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;

/** Counts events per second from a start, to see a rate over windows rather than only on average. */
public final class Timeline {

    private static final int MAX_SECONDS = 3600;

    private final AtomicLongArray perSecond = new AtomicLongArray(MAX_SECONDS);
    private volatile long startNanos = System.nanoTime();

    public void start() {
        startNanos = System.nanoTime();
    }

    public void record() {
        int second = (int) ((System.nanoTime() - startNanos) / 1_000_000_000L);
        perSecond.incrementAndGet(Math.min(Math.max(second, 0), MAX_SECONDS - 1));
    }

    /**
     * The rate in each whole window of {@code windowSeconds} within the first {@code seconds}.
     *
     * @param discountFirst events to take off the first window (e.g. a token bucket's initial burst)
     */
    public List<Double> windowRates(int seconds, int windowSeconds, long discountFirst) {
        List<Double> rates = new ArrayList<>();
        for (int from = 0; from + windowSeconds <= seconds; from += windowSeconds) {
            long count = from == 0 ? -discountFirst : 0;
            for (int second = from; second < from + windowSeconds; second++) {
                count += perSecond.get(second);
            }
            rates.add((double) count / windowSeconds);
        }
        return rates;
    }
}
