package io.github.jiracloud.emulator.auth;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The OAuth 2.0 scopes one operation takes: any one of {@code alternatives}, each needed whole. A platform operation
 * has two, its classic set (state "Current" in the spec's {@code x-atlassian-oauth2-scopes}, e.g.
 * {@code write:jira-work}) and its granular set (state "Beta"); an Agile operation has only its granular Jira
 * Software scopes (the spec's {@code security}).
 *
 * @param alternatives each a set of scopes that together grant the operation; an empty set grants it to any token
 */
public record ScopeRequirement(List<Set<String>> alternatives) {

    public ScopeRequirement {
        alternatives = alternatives.stream().map(Set::copyOf).toList();
    }

    public static ScopeRequirement allOf(Collection<String> scopes) {
        return new ScopeRequirement(List.of(Set.copyOf(scopes)));
    }

    /** Whether a token with these scopes may call the operation. */
    public boolean grantedBy(Set<String> granted) {
        return alternatives.isEmpty() || alternatives.stream().anyMatch(granted::containsAll);
    }
}
