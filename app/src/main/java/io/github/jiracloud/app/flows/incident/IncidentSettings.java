package io.github.jiracloud.app.flows.incident;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the incident-intake flow turns alerts into issues ({@code incident.*} in application.properties). */
@ConfigMapping(prefix = "incident")
public interface IncidentSettings {

    /** Whether the flow starts (read by routes/incident-intake.yaml). */
    boolean enabled();

    /** The project of the issues. */
    String project();

    /** Their issue type. */
    String issueType();

    /**
     * {@code alert}: one issue per alert (its fingerprint); {@code group}: one per notification group (Alertmanager's
     * groupKey), e.g. one issue for every instance of a failing service.
     */
    @WithDefault("alert")
    String issuePer();

    /** The label whose value picks the priority, e.g. severity=critical. */
    @WithDefault("severity")
    String severityLabel();

    /** Severity (the label's value, any case) to the priority's name in Jira, e.g. critical=Highest. */
    Map<String, String> priorities();

    /** The priority of an alert whose severity is not in {@link #priorities()}; unset leaves Jira's default. */
    Optional<String> defaultPriority();

    /** A still-firing alert that its sender repeats comments at most this often on its issue. */
    @WithDefault("1h")
    Duration commentInterval();

    /** The transition (name or id) made when the alert is resolved, e.g. Done; unset: a comment only. */
    Optional<String> resolveTransition();

    /** An alert that fires again after it was resolved: {@code reopen} its issue, or open a {@code new} one. */
    @WithDefault("reopen")
    String refire();

    /** The transition (name or id) that reopens a resolved issue. */
    @WithDefault("Reopen")
    String reopenTransition();

    /** How long the flow remembers an alert's issue after it last changed; then search finds it, if still open. */
    @WithDefault("30d")
    Duration recordLifetime();

    /**
     * How long another replica may take to open the issue of the same alert before this one stops waiting for it:
     * within that, the request waits; after it, the sender is told to retry (503).
     */
    @WithDefault("10s")
    Duration waitForOtherReplica();

    /** A replica that claimed an alert this long ago and never finished is taken to have died. */
    @WithDefault("2m")
    Duration claimTimeout();
}
