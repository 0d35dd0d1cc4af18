package io.github.jiracloud.emulator.auth;

import java.util.Optional;
import java.util.Set;

import io.github.jiracloud.emulator.data.User;

/**
 * Who is calling, and with which OAuth 2.0 scopes.
 *
 * @param scopes what the credential grants: an OAuth access token's or a scoped API token's scopes; empty for a
 *     classic API token, which may do whatever its account may
 * @param app the OAuth 2.0 app (client id) an access token was given to; empty for API tokens, whose traffic is not
 *     counted against an app's points quota
 */
public record Caller(User user, Optional<Set<String>> scopes, Optional<String> app) {

    /** A caller with an OAuth 2.0 access token of this app. */
    public static Caller app(User user, Set<String> scopes, String clientId) {
        return new Caller(user, Optional.of(Set.copyOf(scopes)), Optional.of(clientId));
    }

    /** A caller with an API token, classic (no scopes) or scoped. */
    public static Caller apiToken(User user, Optional<Set<String>> scopes) {
        return new Caller(user, scopes, Optional.empty());
    }

    /** Whether the credential's scopes allow an operation with this requirement. */
    public boolean mayCall(ScopeRequirement requirement) {
        return scopes.map(requirement::grantedBy).orElse(true);
    }
}
