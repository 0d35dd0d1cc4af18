package io.github.jiracloud.emulator.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Who watches which issue, in the order they started watching. */
public final class Watchers {

    private final Map<Long, List<String>> accountIdsByIssue = new ConcurrentHashMap<>();

    /** Watching twice is watching once, as in Jira. */
    public void add(long issueId, String accountId) {
        accountIdsByIssue.compute(issueId, (id, current) -> {
            List<String> watchers = current == null ? new ArrayList<>() : new ArrayList<>(current);
            if (!watchers.contains(accountId)) {
                watchers.add(accountId);
            }
            return List.copyOf(watchers);
        });
    }

    public void remove(long issueId, String accountId) {
        accountIdsByIssue.computeIfPresent(issueId, (id, current) -> {
            List<String> watchers = new ArrayList<>(current);
            watchers.remove(accountId);
            return watchers.isEmpty() ? null : List.copyOf(watchers);
        });
    }

    public List<String> of(long issueId) {
        return accountIdsByIssue.getOrDefault(issueId, List.of());
    }
}
