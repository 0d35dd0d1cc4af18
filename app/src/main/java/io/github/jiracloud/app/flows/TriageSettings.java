package io.github.jiracloud.app.flows;

import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The triage flow's rules ({@code triage.*} in application.properties). */
@ConfigMapping(prefix = "triage")
public interface TriageSettings {

    // enabled, project, delay and transition are read by routes/bug-triage.yaml; declared so the mapping knows
    // every key of triage.*.

    /** Whether the flow starts. */
    boolean enabled();

    /** The project whose new bugs are triaged. */
    String project();

    /** Milliseconds between polls for new bugs. */
    long delay();

    /** The workflow transition (name or id) that starts progress. */
    String transition();

    /** Summary keyword (lower case) to priority name; the first keyword found in the summary wins. */
    Map<String, String> priorityKeywords();

    /** The priority of a bug whose summary has none of the keywords. */
    @WithDefault("Medium")
    String defaultPriority();

    /** Component name to the accountId of its owner. */
    Map<String, String> componentOwners();

    /** The assignee when no component has an owner; unset leaves such bugs unassigned. */
    Optional<String> defaultAssignee();
}
