package io.github.jiracloud.emulator.jql;

import java.util.OptionalInt;

/** Comparison of the {@code order} values of fields and operands, for both clauses and ORDER BY. */
final class ValueOrder {

    private ValueOrder() {
    }

    /**
     * Compares two values of the same kind; empty when they are of different kinds (a number and a word)
     * or when either is missing, so that {@code >} and {@code <} simply don't match.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static OptionalInt compare(Comparable<?> left, Comparable<?> right) {
        if (left == null || right == null || left.getClass() != right.getClass()) {
            return OptionalInt.empty();
        }
        if (left instanceof IssueKeyOrder leftKey && !leftKey.sameProject((IssueKeyOrder) right)) {
            // Jira compares keys only within one project: "key > OPS-5" never matches PAY-9.
            return OptionalInt.empty();
        }
        return OptionalInt.of(((Comparable) left).compareTo(right));
    }

    /**
     * A total order for sorting: missing values sort after everything (so they come last ascending and
     * first descending, as in Jira); values of different kinds sort by kind so the order stays consistent.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compareForSorting(Comparable<?> left, Comparable<?> right) {
        if (left == null || right == null) {
            return left == right ? 0 : left == null ? 1 : -1;
        }
        if (left.getClass() != right.getClass()) {
            return left.getClass().getName().compareTo(right.getClass().getName());
        }
        return ((Comparable) left).compareTo(right);
    }
}
