package io.github.jiracloud.emulator.jql;

import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a query needs from outside the issue: who is asking, what time it is, and custom field names.
 *
 * @param currentUserAccountId the account {@code currentUser()} stands for; null for an anonymous caller,
 *     for whom {@code currentUser()} matches nothing, as in Jira
 * @param clock "now" for relative dates and date functions; its zone is the zone JQL date
 *     literals and {@code startOfDay()} are read in (Jira uses the user's zone)
 * @param customFieldIdsByName custom field names, e.g. "Story Points", to ids, e.g. "customfield_10016"
 *     (a bare "10016" is accepted); names match case-insensitively. "Sprint", when
 *     present, says which custom field holds sprints (default customfield_10020).
 */
public record JqlContext(String currentUserAccountId, Clock clock, Map<String, String> customFieldIdsByName) {

    static final String DEFAULT_SPRINT_FIELD = "customfield_10020";

    public JqlContext {
        clock = clock == null ? Clock.systemUTC() : clock;
        customFieldIdsByName = normalised(customFieldIdsByName);
    }

    /** Anonymous caller, system clock in UTC, no named custom fields. */
    public static JqlContext defaults() {
        return new JqlContext(null, Clock.systemUTC(), Map.of());
    }

    public JqlContext withCurrentUser(String accountId) {
        return new JqlContext(accountId, clock, customFieldIdsByName);
    }

    public JqlContext withClock(Clock newClock) {
        return new JqlContext(currentUserAccountId, newClock, customFieldIdsByName);
    }

    public JqlContext withCustomFields(Map<String, String> idsByName) {
        return new JqlContext(currentUserAccountId, clock, idsByName);
    }

    ZoneId zone() {
        return clock.getZone();
    }

    Optional<String> customFieldId(String name) {
        return Optional.ofNullable(customFieldIdsByName.get(name.toLowerCase(Locale.ROOT)));
    }

    String sprintFieldId() {
        return customFieldId("sprint").orElse(DEFAULT_SPRINT_FIELD);
    }

    private static Map<String, String> normalised(Map<String, String> idsByName) {
        Map<String, String> result = new HashMap<>();
        if (idsByName != null) {
            idsByName.forEach((name, id) -> result.put(
                    name.toLowerCase(Locale.ROOT), CustomFields.canonicalId(Objects.requireNonNull(id, name))));
        }
        return Map.copyOf(result);
    }
}
