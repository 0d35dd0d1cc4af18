package io.github.jiracloud.emulator.data;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The issues of one site. Reads are lock-free (snapshots in a concurrent map); each write replaces one issue's
 * snapshot atomically, so concurrent edits of the same issue serialise and edits of different issues don't. Reads by
 * id or key see every write at once; search sees them through the {@link SearchIndex}, which lags.
 */
public final class IssueStore {

    /** Jira numbers issues from 10000 across the whole site. */
    private static final long FIRST_ID = 10000;

    private final Map<Long, StoredIssue> byId = new ConcurrentHashMap<>();
    private final Map<String, Long> idsByKey = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> keyCounters = new ConcurrentHashMap<>();
    private final AtomicLong nextIssueId = new AtomicLong(FIRST_ID);
    private final AtomicLong nextCommentId = new AtomicLong(FIRST_ID);
    private final AtomicLong nextChangeId = new AtomicLong(FIRST_ID);
    private final SearchIndex index;

    IssueStore(Clock clock) {
        this.index = new SearchIndex(clock);
    }

    /** By key (any case) or numeric id, as Jira's {@code issueIdOrKey}. */
    public Optional<StoredIssue> find(String idOrKey) {
        if (idOrKey == null || idOrKey.isEmpty()) {
            return Optional.empty();
        }
        Long id = idsByKey.get(idOrKey.toUpperCase(Locale.ROOT));
        if (id == null && Character.isDigit(idOrKey.charAt(0))) {
            try {
                id = Long.parseLong(idOrKey);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    public Optional<StoredIssue> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Allocates the next id and key of {@code project} and stores what {@code builder} makes of them. */
    public StoredIssue create(Project project, BiFunction<Long, String, StoredIssue> builder) {
        long id = nextIssueId.getAndIncrement();
        int number = keyCounters.computeIfAbsent(project.id(), ignored -> new AtomicInteger()).incrementAndGet();
        String key = project.key() + "-" + number;
        StoredIssue issue = builder.apply(id, key);
        byId.compute(id, (ignored, none) -> {
            index.written(id, issue);
            return issue;
        });
        idsByKey.put(key.toUpperCase(Locale.ROOT), id);
        return issue;
    }

    /**
     * Replaces the issue with what {@code change} makes of it, atomically. An exception thrown by {@code change}
     * leaves the issue as it was.
     *
     * @return the new snapshot, or empty if there is no such issue
     */
    public Optional<StoredIssue> update(long id, UnaryOperator<StoredIssue> change) {
        return Optional.ofNullable(byId.computeIfPresent(id, (ignored, current) -> {
            StoredIssue changed = change.apply(current);
            index.written(id, changed);
            return changed;
        }));
    }

    /**
     * Moves the issue to another project under that project's next key, as what {@code change} makes of it (given the
     * issue and the new key); the old key keeps leading to the issue, as in Jira. Within its own project the issue
     * keeps its key.
     *
     * @return the moved issue, or empty if there is no such issue
     */
    public Optional<StoredIssue> move(long id, Project target, BiFunction<StoredIssue, String, StoredIssue> change) {
        return Optional.ofNullable(byId.computeIfPresent(id, (ignored, current) -> {
            String key = current.key();
            if (!current.projectId().equals(target.id())) {
                int number = keyCounters.computeIfAbsent(target.id(), project -> new AtomicInteger())
                        .incrementAndGet();
                key = target.key() + "-" + number;
            }
            StoredIssue moved = change.apply(current, key);
            index.written(id, moved);
            idsByKey.put(key.toUpperCase(Locale.ROOT), id);
            return moved;
        }));
    }

    public boolean delete(long id) {
        StoredIssue[] removed = new StoredIssue[1];
        byId.computeIfPresent(id, (ignored, current) -> {
            index.written(id, null);
            removed[0] = current;
            return null;
        });
        if (removed[0] != null) {
            idsByKey.remove(removed[0].key().toUpperCase(Locale.ROOT));
        }
        return removed[0] != null;
    }

    /** Every issue as it is now: for reads by id, key or project, which Jira answers from its database. */
    public Stream<StoredIssue> all() {
        return byId.values().stream();
    }

    /**
     * The issues as JQL search sees them now: each write only once the {@linkplain SearchIndex#lag() search lag} has
     * passed, except for the {@code reconciled} ids, which are read as they are now.
     */
    public Stream<StoredIssue> searchable(Set<Long> reconciled) {
        if (index.lag().isZero()) {
            return all();
        }
        return index.visible(reconciled, id -> byId.get(id));
    }

    /** One issue as JQL search sees it now; see {@link #searchable(Set)}. */
    public Optional<StoredIssue> searchable(long id, Set<Long> reconciled) {
        if (index.lag().isZero() || reconciled.contains(id)) {
            return find(id);
        }
        return Optional.ofNullable(index.visible(id));
    }

    public SearchIndex searchIndex() {
        return index;
    }

    public int size() {
        return byId.size();
    }

    public long nextCommentId() {
        return nextCommentId.getAndIncrement();
    }

    public long nextChangeId() {
        return nextChangeId.getAndIncrement();
    }
}
