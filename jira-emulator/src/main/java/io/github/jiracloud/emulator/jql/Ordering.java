package io.github.jiracloud.emulator.jql;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The order of search results. Ties are broken by issue id, in the direction of the last sort key, so
 * pages never shuffle between requests (Jira only promises this for distinct sort values).
 *
 * <p>Without ORDER BY, results come newest first ({@code created DESC}, then id): that is the order
 * Jira's issue navigator applies by default, and it is stable for paging.
 */
final class Ordering {

    /** One ORDER BY item resolved to its field. */
    record SortKey(Field field, boolean descending) {
    }

    private Ordering() {
    }

    static Comparator<Map<String, Object>> of(List<SortKey> sortKeys, JqlContext context) {
        List<SortKey> keys = sortKeys.isEmpty()
                ? List.of(new SortKey(FieldCatalog.resolve("created", context), true))
                : sortKeys;
        Comparator<IssueView> order = null;
        for (SortKey key : keys) {
            Comparator<IssueView> next = byField(key, context);
            order = order == null ? next : order.thenComparing(next);
        }
        boolean tiebreakDescending = keys.get(keys.size() - 1).descending();
        Comparator<IssueView> byId = Comparator.comparing(Ordering::numericId);
        Comparator<IssueView> complete = order.thenComparing(tiebreakDescending ? byId.reversed() : byId);
        return (left, right) -> complete.compare(new IssueView(left, null), new IssueView(right, null));
    }

    private static Comparator<IssueView> byField(SortKey key, JqlContext context) {
        Comparator<IssueView> ascending = (left, right) -> ValueOrder.compareForSorting(
                key.field().sortKey(left, context), key.field().sortKey(right, context));
        return key.descending() ? ascending.reversed() : ascending;
    }

    private static long numericId(IssueView issue) {
        String id = issue.id();
        if (id == null) {
            return Long.MAX_VALUE;
        }
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
