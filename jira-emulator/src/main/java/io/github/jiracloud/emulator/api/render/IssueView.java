package io.github.jiracloud.emulator.api.render;

import java.util.List;
import java.util.Set;

/**
 * What a caller asked to see of an issue.
 *
 * @param expand e.g. {@code renderedFields}, {@code names}, {@code schema}, {@code changelog}, {@code transitions}
 * @param propertyKeys issue properties to include; {@code *all} for every one
 */
public record IssueView(FieldSelection fields, Set<String> expand, List<String> propertyKeys) {

    public boolean expands(String what) {
        return expand.contains(what);
    }
}
