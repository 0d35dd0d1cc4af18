package io.github.jiracloud.app.failed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.apache.camel.ServiceStatus;
import org.apache.camel.support.AsyncProcessorConverterHelper;
import org.jboss.logging.Logger;

/**
 * Runs a failed exchange again through the flow it failed in, from the step where its input entered the flow: the
 * stored input goes to the route's own processor, as its consumer would hand it over, with the route's error handling
 * around it. A replay that succeeds removes the entry; one that fails again updates it (the dead-letter flow does,
 * seeing {@link #REPLAY_OF}). A replay first claims the entry, so two operators or replicas never replay one entry at
 * once; a copy of the bundle that dies mid-replay leaves the entry, which can be replayed again once its claim ends.
 *
 * <p>An entry whose last attempt may have written to Jira after all ({@code JiraOutcomeUnknownException}: a create's
 * answer was lost and Jira's search did not show it in time) is not sent again blind: a new exchange gets a new
 * idempotency key, so the component could not find the earlier write. It is replayed only once an operator says that
 * they checked Jira ({@code outcomeChecked}): discard it when the write is there.
 */
public final class FailedExchangeReplay {

    /** Exchange property: the id of the entry a replayed exchange comes from. */
    public static final String REPLAY_OF = "JiraBundleReplayOf";
    /** Exchange property the dead-letter flow sets once it kept (or updated) the failure. */
    public static final String RECORDED = "JiraBundleFailureRecorded";

    private static final Logger LOG = Logger.getLogger(FailedExchangeReplay.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    public enum Result {
        REPLAYED, FAILED_AGAIN, NOT_FOUND, NOT_REPLAYABLE, FLOW_NOT_RUNNING, BEING_REPLAYED, OUTCOME_UNKNOWN
    }

    /** What became of one entry; {@code detail} says why when it was not replayed. */
    public record Outcome(String id, Result result, String detail) {
    }

    private final CamelContext camel;
    private final FailedExchanges store;
    private final String holder;
    private final Duration claimFor;

    /**
     * @param holder names this copy of the bundle in replay claims
     * @param claimFor how long a replay claim holds: longer than a flow takes
     */
    public FailedExchangeReplay(CamelContext camel, FailedExchanges store, String holder, Duration claimFor) {
        this.camel = camel;
        this.store = store;
        this.holder = holder;
        this.claimFor = claimFor;
    }

    /** Replays one entry, unless its last attempt may have written to Jira ({@link Result#OUTCOME_UNKNOWN}). */
    public Outcome replay(String id) {
        return replay(id, false);
    }

    /**
     * @param outcomeChecked the operator looked in Jira for what the entry's last attempt may have written (its error
     *     names it) and did not find it: replay even an entry whose outcome was unknown
     */
    public Outcome replay(String id, boolean outcomeChecked) {
        Optional<FailedExchange> found = store.get(id);
        if (found.isEmpty()) {
            return new Outcome(id, Result.NOT_FOUND, "no failed exchange has this id (replayed or discarded?)");
        }
        FailedExchange entry = found.get();
        if (!entry.input().replayable()) {
            return new Outcome(id, Result.NOT_REPLAYABLE, "it cannot be replayed: " + entry.input()
                    .notReplayableBecause());
        }
        if (entry.error().outcomeUnknown() && !outcomeChecked) {
            return new Outcome(id, Result.OUTCOME_UNKNOWN, "its last attempt may have written to Jira after all, "
                    + "which could not tell in time (its error names what to look for, e.g. a create's idempotency "
                    + "key, kept as the issue property camel.idempotency; a mirror's copy has the label "
                    + "mirror-<source key>). Look in Jira: discard the entry if it is there, otherwise replay it "
                    + "with outcomeChecked=true");
        }
        Route route = camel.getRoute(entry.flow());
        ServiceStatus status = camel.getRouteController().getRouteStatus(entry.flow());
        if (route == null || status == null || !status.isStarted()) {
            return new Outcome(id, Result.FLOW_NOT_RUNNING, "the flow " + entry.flow() + " is not running here ("
                    + (status == null ? "no such route" : status) + "); start it, then replay");
        }
        Optional<FailedExchange> claimed = store.claim(id, holder, claimFor);
        if (claimed.isEmpty()) {
            return new Outcome(id, Result.BEING_REPLAYED, "it is being replayed right now, or was just removed");
        }
        return run(route, claimed.get());
    }

    /** Replays every entry of the flow, the oldest first; those of unknown outcome wait for a check (see above). */
    public List<Outcome> replayFlow(String flow) {
        List<FailedExchange> entries = new ArrayList<>(store.list(FailedExchanges.Filter.flow(flow)));
        java.util.Collections.reverse(entries);
        List<Outcome> outcomes = new ArrayList<>();
        for (FailedExchange entry : entries) {
            outcomes.add(replay(entry.id()));
        }
        return outcomes;
    }

    private Outcome run(Route route, FailedExchange entry) {
        Exchange exchange = route.getEndpoint().createExchange();
        exchange.getExchangeExtension().setFromRouteId(route.getRouteId());
        exchange.setProperty(REPLAY_OF, entry.id());
        try {
            exchange.getMessage().setBody(body(entry.input()));
        } catch (RuntimeException e) {
            store.release(entry.id(), holder);
            return new Outcome(entry.id(), Result.NOT_REPLAYABLE, "its stored body cannot be read: " + e.getMessage());
        }
        exchange.getMessage().getHeaders().putAll(entry.input().headers());
        try {
            AsyncProcessorConverterHelper.convert(route.getProcessor()).process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        if (entry.id().equals(exchange.getProperty(RECORDED))) {
            LOG.warnf("Replaying the failed exchange %s of flow %s failed again", entry.id(), entry.flow());
            return new Outcome(entry.id(), Result.FAILED_AGAIN, "it failed again; the entry has the new error");
        }
        if (exchange.isFailed()) {
            // The flow has no error handler that keeps failures: the entry is updated here instead.
            store.failedAgain(entry.id(), FailedExchangeCapture.error(exchange.getException()));
            return new Outcome(entry.id(), Result.FAILED_AGAIN, "it failed again; the entry has the new error");
        }
        store.remove(entry.id());
        LOG.infof("Replayed the failed exchange %s through flow %s; removed it from the store", entry.id(),
                entry.flow());
        return new Outcome(entry.id(), Result.REPLAYED, null);
    }

    private static Object body(FailedExchange.Input input) {
        return switch (input.kind()) {
            case JSON -> readJson(input.body());
            case TEXT -> input.body();
            case BYTES -> Base64.getDecoder().decode(input.body());
            case NONE -> null;
        };
    }

    private static Object readJson(String text) {
        try {
            return JSON.readValue(text, Object.class);
        } catch (Exception e) {
            throw new IllegalStateException("not JSON (" + e.getClass().getSimpleName() + ")", e);
        }
    }
}
