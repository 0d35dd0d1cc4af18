package io.github.jiracloud.camel.producer;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import io.github.jiracloud.camel.JiraConstants;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How far a long-running action got: counts its items, logs the count at INFO at most once per interval (with the
 * total when known and the rate per second), and puts it in the exchange properties {@code CamelJiraProgressDone}
 * and {@code CamelJiraProgressTotal}. Work that finishes within one interval logs its summary at DEBUG only, so short
 * calls stay quiet.
 */
public final class Progress {

    private static final Logger LOG = LoggerFactory.getLogger(Progress.class);

    private final String action;
    private final String unit;
    private final Integer total;
    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final long started;
    private long lastReport;
    private boolean reported;
    private int done;

    /**
     * @param action the action, as in the URI, e.g. issue/bulkCreate
     * @param unit what is counted, plural, e.g. issues
     * @param total how many items there are in all, or null when unknown
     * @param interval milliseconds between log lines; 0 logs on every advance
     */
    public Progress(String action, String unit, Integer total, long interval) {
        this(action, unit, total, interval, System::nanoTime);
    }

    Progress(String action, String unit, Integer total, long interval, LongSupplier nanoTime) {
        this.action = action;
        this.unit = unit;
        this.total = total;
        this.intervalNanos = TimeUnit.MILLISECONDS.toNanos(Math.max(0, interval));
        this.nanoTime = nanoTime;
        this.started = nanoTime.getAsLong();
        this.lastReport = started;
    }

    /** Counts items done, logging when an interval has passed since the last line. */
    public void advance(int items) {
        done += items;
        long now = nanoTime.getAsLong();
        if (now - lastReport >= intervalNanos) {
            lastReport = now;
            reported = true;
            LOG.info("{} progress: {}", action, summary(now));
        }
    }

    /** Logs the final count: at INFO when the work was long enough to report progress, otherwise at DEBUG. */
    public void finish() {
        if (reported) {
            LOG.info("{} finished: {}", action, summary(nanoTime.getAsLong()));
        } else if (LOG.isDebugEnabled()) {
            LOG.debug("{} finished: {}", action, summary(nanoTime.getAsLong()));
        }
    }

    /** Sets CamelJiraProgressDone, and CamelJiraProgressTotal when the total is known. */
    public void putOn(Exchange exchange) {
        exchange.setProperty(JiraConstants.PROGRESS_DONE, done);
        if (total != null) {
            exchange.setProperty(JiraConstants.PROGRESS_TOTAL, total);
        }
    }

    public int done() {
        return done;
    }

    private String summary(long now) {
        double seconds = (now - started) / 1e9;
        StringBuilder line = new StringBuilder().append(done);
        if (total != null) {
            line.append(" of ").append(total).append(' ').append(unit);
            if (total > 0) {
                line.append(" (").append(done * 100L / total).append("%)");
            }
        } else {
            line.append(' ').append(unit);
        }
        line.append(String.format(Locale.ROOT, " in %.1f s", seconds));
        if (seconds > 0) {
            line.append(String.format(Locale.ROOT, ", %.1f/s", done / seconds));
        }
        return line.toString();
    }
}
