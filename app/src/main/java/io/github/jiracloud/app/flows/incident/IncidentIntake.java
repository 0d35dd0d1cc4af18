package io.github.jiracloud.app.flows.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import io.github.jiracloud.app.flows.incident.IncidentRecord.State;
import io.github.jiracloud.app.flows.incident.IncidentRecords.Stored;
import io.github.jiracloud.app.ha.SharedRecords;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.camel.ProducerTemplate;
import org.jboss.logging.Logger;

/**
 * Turns the alerts of one notification into Jira: the first firing of an alert opens its issue, repeats comment at
 * most once per {@code incident.comment-interval}, {@code resolved} comments and transitions, and firing after that
 * reopens the issue or opens a new one. What the flow did is kept in a record shared by the replicas (never in
 * search alone, which lags writes); search only finds issues the record has forgotten.
 *
 * <p>Each change is claimed in the record first (compare-and-set), then made in Jira, then recorded: a replica that
 * sees another's claim waits for it (or tells the sender to retry), so a burst of the same alert across replicas
 * opens one issue. Any failure is thrown after the claim is given back, so the sender's retry starts clean.
 */
@ApplicationScoped
@Named("incidentIntake")
public class IncidentIntake {

    private static final Logger LOG = Logger.getLogger(IncidentIntake.class);
    private static final Duration POLL = Duration.ofMillis(100);

    /** What happened to one alert's issue. */
    public enum Outcome {
        CREATED, COMMENTED, UNCHANGED, RESOLVED, REOPENED, IGNORED
    }

    /** One alert's outcome, for the answer. */
    public record Result(String label, Outcome outcome, String issueKey) {
    }

    private final IncidentSettings settings;
    private final IncidentJira jira;
    private final IncidentRecords records;
    private final IncidentContent content;
    private final Clock clock;
    private final MeterRegistry metrics;
    /** Alerts with the same key take turns within this replica; the shared record orders the replicas. */
    private final ReentrantLock[] locks = new ReentrantLock[64];

    @Inject
    public IncidentIntake(IncidentSettings settings, ProducerTemplate camel,
            @Named("incidentRecords") SharedRecords records, Clock clock, MeterRegistry metrics) {
        this.settings = settings;
        this.jira = new IncidentJira(camel, settings);
        this.records = new IncidentRecords(records, clock, settings.recordLifetime());
        this.content = new IncidentContent(settings);
        this.clock = clock;
        this.metrics = metrics;
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new ReentrantLock();
        }
        checkSettings(settings);
    }

    /** Handles every alert of the notification, in order; the first failure stops it (the sender retries all). */
    public IntakeReport handle(AlertNotification notification) {
        if (notification.truncatedAlerts() > 0) {
            LOG.warnf("An alert notification left out %d alerts (max_alerts of the sender's receiver): they can't be "
                    + "opened as issues until they are sent", notification.truncatedAlerts());
        }
        List<Result> results = new ArrayList<>();
        for (IncidentEvent event : events(notification)) {
            Result result = handle(event);
            metrics.counter("jira.bundle.alerts", "outcome", result.outcome().name().toLowerCase()).increment();
            LOG.infof("Alert %s (%s): %s %s", event.key().label(), event.status().name().toLowerCase(),
                    result.outcome().name().toLowerCase(), result.issueKey() == null ? "" : result.issueKey());
            results.add(result);
        }
        return new IntakeReport(results);
    }

    private List<IncidentEvent> events(AlertNotification notification) {
        if ("group".equals(settings.issuePer()) && notification.groupKey() != null) {
            Map<String, String> labels = new LinkedHashMap<>(notification.commonLabels());
            labels.putAll(notification.groupLabels());
            Alert first = notification.alerts().get(0);
            Alert group = new Alert(notification.groupKey(), notification.status(), labels,
                    notification.commonAnnotations(), first.startsAt(), first.endsAt(), first.links());
            return List.of(new IncidentEvent(IncidentKey.ofGroup(notification.groupKey()), notification.status(),
                    group, notification.alerts().size()));
        }
        return notification.alerts().stream()
                .map(alert -> new IncidentEvent(IncidentKey.ofFingerprint(alert.fingerprint()), alert.status(), alert,
                        1))
                .toList();
    }

    private Result handle(IncidentEvent event) {
        ReentrantLock lock = locks[Math.floorMod(event.key().recordKey().hashCode(), locks.length)];
        lock.lock();
        try {
            Instant giveUp = clock.instant().plus(settings.waitForOtherReplica());
            while (true) {
                Stored stored = records.read(event.key());
                IncidentRecord record = stored.record();
                if (record != null && record.state() == State.CLAIMED && !isStale(record)) {
                    if (clock.instant().isAfter(giveUp)) {
                        throw new IncidentBusy("Another copy of the bundle is still handling alert "
                                + event.key().label() + "; send it again in a moment");
                    }
                    pause();
                    continue;
                }
                Optional<Result> result = event.status() == AlertStatus.FIRING
                        ? firing(event, stored)
                        : resolved(event, stored);
                if (result.isPresent()) {
                    return result.get();
                }
                // another replica changed the record between our read and our write: read again
            }
        } finally {
            lock.unlock();
        }
    }

    private Optional<Result> firing(IncidentEvent event, Stored stored) {
        IncidentRecord record = known(stored.record());
        if (record == null) {
            Optional<String> found = jira.findOpen(settings.project(), event.key().label());
            if (found.isPresent()) {
                return act(event, stored, () -> {
                    jira.comment(found.get(), content.firedAgain(event));
                    return IncidentRecord.open(found.get(), clock.instant());
                }, Outcome.COMMENTED);
            }
            return create(event, stored);
        }
        if (record.state() == State.RESOLVED) {
            return refire(event, stored, record);
        }
        if (clock.instant().isBefore(record.lastComment().plus(settings.commentInterval()))) {
            return Optional.of(new Result(event.key().label(), Outcome.UNCHANGED, record.issueKey()));
        }
        Optional<Boolean> done = jira.isDone(record.issueKey());
        if (done.isEmpty()) {
            return create(event, stored);
        }
        if (done.get()) {
            // closed by a person while it still fires
            return refire(event, stored, record);
        }
        return act(event, stored, () -> {
            jira.comment(record.issueKey(), content.stillFiring(event));
            return IncidentRecord.open(record.issueKey(), clock.instant());
        }, Outcome.COMMENTED);
    }

    private Optional<Result> refire(IncidentEvent event, Stored stored, IncidentRecord record) {
        Optional<Boolean> done = "new".equals(settings.refire()) ? Optional.empty() : jira.isDone(record.issueKey());
        if (done.isEmpty()) {
            return create(event, stored);
        }
        return act(event, stored, () -> {
            if (done.get()) {
                jira.transition(record.issueKey(), settings.reopenTransition());
            }
            jira.comment(record.issueKey(), content.firedAgain(event));
            return IncidentRecord.open(record.issueKey(), clock.instant());
        }, Outcome.REOPENED);
    }

    private Optional<Result> resolved(IncidentEvent event, Stored stored) {
        IncidentRecord record = known(stored.record());
        if (record != null && record.state() == State.RESOLVED) {
            return Optional.of(new Result(event.key().label(), Outcome.UNCHANGED, record.issueKey()));
        }
        Optional<String> issue = record != null
                ? Optional.of(record.issueKey())
                : jira.findOpen(settings.project(), event.key().label());
        if (issue.isEmpty()) {
            return Optional.of(new Result(event.key().label(), Outcome.IGNORED, null));
        }
        return act(event, stored, () -> {
            Optional<Boolean> done = jira.isDone(issue.get());
            if (done.isPresent()) {
                if (!done.get()) {
                    settings.resolveTransition().ifPresent(transition -> jira.transition(issue.get(), transition));
                }
                jira.comment(issue.get(), content.resolved(event));
            }
            return IncidentRecord.resolved(issue.get(), clock.instant());
        }, Outcome.RESOLVED);
    }

    private Optional<Result> create(IncidentEvent event, Stored stored) {
        return act(event, stored, claim -> IncidentRecord.open(jira.create(content.newIssue(event), claim),
                clock.instant()), Outcome.CREATED);
    }

    private Optional<Result> act(IncidentEvent event, Stored stored, Supplier<IncidentRecord> action,
            Outcome outcome) {
        return act(event, stored, claim -> action.get(), outcome);
    }

    /**
     * Claims the record, makes the change, records its result. Empty when another replica changed the record first;
     * on failure the claim is given back before the exception goes on.
     */
    private Optional<Result> act(IncidentEvent event, Stored stored,
            java.util.function.Function<String, IncidentRecord> action, Outcome outcome) {
        String claimId = UUID.randomUUID().toString();
        IncidentRecord before = known(stored.record());
        Stored claimed = records.replace(event.key(),
                stored, IncidentRecord.claimed(claimId, clock.instant(), stored.record()));
        if (claimed == null) {
            return Optional.empty();
        }
        IncidentRecord after;
        try {
            after = action.apply(claimId);
        } catch (RuntimeException e) {
            if (!records.restore(event.key(), claimed, before)) {
                LOG.warnf("The claim on alert %s could not be given back; it expires after %s",
                        event.key().label(), settings.claimTimeout());
            }
            throw e;
        }
        if (records.replace(event.key(), claimed, after) == null) {
            LOG.warnf("The record of alert %s changed while this copy held its claim (a claim older than %s was taken "
                    + "over); %s was %s", event.key().label(), settings.claimTimeout(), after.issueKey(),
                    outcome.name().toLowerCase());
        }
        return Optional.of(new Result(event.key().label(), outcome, after.issueKey()));
    }

    /** The record to act on: itself, or for a dead replica's claim what was there before it. */
    private IncidentRecord known(IncidentRecord record) {
        return record != null && record.state() == State.CLAIMED ? record.previous() : record;
    }

    private boolean isStale(IncidentRecord claim) {
        return !clock.instant().isBefore(claim.claimedAt().plus(settings.claimTimeout()));
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IncidentBusy("Interrupted while another copy of the bundle handled the alert; send it again");
        }
    }

    private static void checkSettings(IncidentSettings settings) {
        if (!List.of("alert", "group").contains(settings.issuePer())) {
            throw new IllegalArgumentException("incident.issue-per (INCIDENT_ISSUE_PER) is '" + settings.issuePer()
                    + "': use alert (one issue per alert fingerprint) or group (one per notification group)");
        }
        if (!List.of("reopen", "new").contains(settings.refire())) {
            throw new IllegalArgumentException("incident.refire (INCIDENT_REFIRE) is '" + settings.refire()
                    + "': use reopen (the resolved issue is reopened) or new (a new issue is opened)");
        }
    }
}
