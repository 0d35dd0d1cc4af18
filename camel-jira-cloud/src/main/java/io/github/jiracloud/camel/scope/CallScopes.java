package io.github.jiracloud.camel.scope;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The OAuth 2.0 scopes of one call: any one of {@code alternatives}, each needed whole. A platform call has a classic
 * alternative (e.g. {@code read:jira-work}) and a granular one (e.g. {@code read:issue:jira ...}); an Agile call only
 * granular Jira Software scopes. No alternatives: any token may make the call.
 */
public record CallScopes(RestCall call, List<Set<String>> alternatives) {

    public CallScopes {
        // sorted, so that the generated table reads the same on every run
        alternatives = alternatives.stream()
                .map(scopes -> (Set<String>) Collections.unmodifiableSortedSet(new TreeSet<>(scopes))).toList();
    }

    /** Classic scopes name a product area in two parts ({@code read:jira-work}); granular ones have three. */
    public static boolean isClassic(String scope) {
        return scope.split(":").length == 2;
    }

    public boolean grantedBy(Set<String> granted) {
        return alternatives.isEmpty() || alternatives.stream().anyMatch(granted::containsAll);
    }

    public Optional<Set<String>> classic() {
        return alternatives.stream()
                .filter(scopes -> !scopes.isEmpty() && scopes.stream().allMatch(CallScopes::isClassic))
                .findFirst();
    }

    public Optional<Set<String>> granular() {
        return alternatives.stream().filter(scopes -> scopes.stream().noneMatch(CallScopes::isClassic))
                .filter(scopes -> !scopes.isEmpty()).findFirst();
    }

    /** What an app that follows Atlassian's advice (classic scopes where there are any) asks for this call. */
    public Set<String> recommended() {
        return classic().or(this::granular).orElse(Set.of());
    }

    /** The scopes to add to {@code granted} for this call: the fewest, classic ones on a tie. */
    public Set<String> missingFrom(Set<String> granted) {
        if (grantedBy(granted)) {
            return Set.of();
        }
        return alternatives.stream()
                .map(scopes -> scopes.stream().filter(scope -> !granted.contains(scope))
                        .collect(Collectors.toCollection(TreeSet::new)))
                .min(Comparator.<Set<String>> comparingInt(Set::size)
                        .thenComparing(scopes -> scopes.stream().allMatch(CallScopes::isClassic) ? 0 : 1))
                .map(Set::copyOf).orElse(Set.of());
    }

    /** E.g. {@code write:jira-work, or all of read:issue:jira write:issue:jira}: the classic alternative first. */
    public String describe() {
        if (alternatives.isEmpty()) {
            return "any scope";
        }
        Set<Set<String>> ordered = new LinkedHashSet<>();
        classic().ifPresent(ordered::add);
        ordered.addAll(alternatives);
        return ordered.stream().map(scopes -> (scopes.size() > 1 ? "all of " : "") + String.join(" ", scopes))
                .collect(Collectors.joining(", or "));
    }
}
