package io.github.jiracloud.emulator.auth;

import java.util.Optional;
import java.util.Set;

import io.github.jiracloud.emulator.data.User;

/**
 * Who is calling, and with which OAuth 2.0 scopes.
 *
 * @param scopes what the credential grants: an OAuth access token's or a scoped API token's scopes; empty for a
 *     classic API token, which may do whatever its account may
 */
public record Caller(User user, Optional<Set<String>> scopes) {

    public static Caller unscoped(User user) {
        return new Caller(user, Optional.empty());
    }

    public static Caller scoped(User user, Set<String> scopes) {
        return new Caller(user, Optional.of(Set.copyOf(scopes)));
    }

    /** Whether the credential's scopes allow an operation with this requirement. */
    public boolean mayCall(ScopeRequirement requirement) {
        return scopes.map(requirement::grantedBy).orElse(true);
    }
}
