package io.github.jiracloud.emulator.auth;

import java.util.Optional;

import io.github.jiracloud.emulator.validation.SpecCatalog;

/** The OAuth 2.0 scopes of every operation the emulator knows: the specs' first, then {@link ScopesBeyondSpec}. */
public final class OperationScopes {

    private final SpecCatalog specs;
    private final ScopesBeyondSpec beyondSpec;

    /** @param specs null when the specs are unavailable: then only the operations beyond them are known */
    public OperationScopes(SpecCatalog specs, ScopesBeyondSpec beyondSpec) {
        this.specs = specs;
        this.beyondSpec = beyondSpec;
    }

    /**
     * @param path a request path as the spec writes it (without {@code /ex/jira/{cloudId}}), or a path template
     * @return the operation's scopes; empty when no source names them, and then any token may call it
     */
    public Optional<ScopeRequirement> requirement(String method, String path) {
        Optional<ScopeRequirement> fromSpec = specs == null ? Optional.empty() : specs.scopes(method, path);
        return fromSpec.isPresent() ? fromSpec : beyondSpec.requirement(method, path);
    }
}
