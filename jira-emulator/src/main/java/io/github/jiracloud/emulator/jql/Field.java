package io.github.jiracloud.emulator.jql;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A JQL field resolved to where its values live in an issue and what they mean.
 *
 * @param name canonical lower-case name, reported by {@link JqlQuery#referencedFields()}
 * @param extractor finds the field's JSON value(s) in an issue; lists are flattened
 * @param type how the values are compared
 * @param sortable whether ORDER BY accepts the field
 * @param sortKeyOverride a different sort key than the type's, e.g. numeric id for ORDER BY id; may be null
 * @param emptyValueAlias a value that means EMPTY for this field, e.g. "Unresolved" for resolution; may be null
 */
record Field(String name, Function<IssueView, Object> extractor, ValueType type, boolean sortable,
        Function<IssueView, Comparable<?>> sortKeyOverride, String emptyValueAlias) {

    static Field of(String name, Function<IssueView, Object> extractor, ValueType type) {
        return new Field(name, extractor, type, true, null, null);
    }

    /** A field read from {@code fields.<jsonName>}. */
    static Field ofIssueField(String name, String jsonName, ValueType type) {
        return of(name, issue -> issue.field(jsonName), type);
    }

    Field notSortable() {
        return new Field(name, extractor, type, false, sortKeyOverride, emptyValueAlias);
    }

    Field sortedBy(Function<IssueView, Comparable<?>> sortKey) {
        return new Field(name, extractor, type, sortable, sortKey, emptyValueAlias);
    }

    Field withEmptyValueAlias(String alias) {
        return new Field(name, extractor, type, sortable, sortKeyOverride, alias);
    }

    /** The field's values on an issue; an empty list means the field is EMPTY. */
    List<FieldValue> valuesOf(IssueView issue, JqlContext context) {
        return IssueView.flatten(extractor.apply(issue)).stream()
                .map(raw -> type.toFieldValue(raw, context))
                .filter(Objects::nonNull)
                .toList();
    }

    /** The key ORDER BY sorts the issue by; a multi-valued field sorts by its first value. */
    Comparable<?> sortKey(IssueView issue, JqlContext context) {
        if (sortKeyOverride != null) {
            return sortKeyOverride.apply(issue);
        }
        return IssueView.flatten(extractor.apply(issue)).stream()
                .map(raw -> type.sortKey(raw, context))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }
}
