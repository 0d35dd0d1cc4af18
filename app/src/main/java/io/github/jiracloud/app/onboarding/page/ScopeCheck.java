package io.github.jiracloud.app.onboarding.page;

import java.util.List;

/**
 * A connection's scopes against those its flows need.
 *
 * @param needed the scopes an app asks for the operations of the flows on this connection (classic where a call has
 *     them), sorted; empty when no flow uses it
 * @param missing what the connection's scopes lack for those flows, sorted; empty when they suffice
 * @param advice what to do about a missing scope, or null
 */
public record ScopeCheck(List<String> needed, List<String> missing, String advice) {

    /** For a connection whose credential has no scopes to compare (a classic API token). */
    public static final ScopeCheck NOT_APPLICABLE = new ScopeCheck(List.of(), List.of(), null);

    public ScopeCheck {
        needed = List.copyOf(needed);
        missing = List.copyOf(missing);
    }
}
