package io.github.jiracloud.emulator.data;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The link types of a site and the links between its issues. */
public final class IssueLinks {

    private static final long FIRST_ID = 10000;

    private final List<IssueLinkType> types;
    private final Map<Long, IssueLink> byId = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong(FIRST_ID);

    public IssueLinks(List<IssueLinkType> types) {
        this.types = List.copyOf(types);
    }

    /** The four types every Jira Cloud site starts with, with their ids there. */
    public static IssueLinks standard() {
        return new IssueLinks(List.of(
                new IssueLinkType("10000", "Blocks", "is blocked by", "blocks"),
                new IssueLinkType("10001", "Cloners", "is cloned by", "clones"),
                new IssueLinkType("10002", "Duplicate", "is duplicated by", "duplicates"),
                new IssueLinkType("10003", "Relates", "relates to", "relates to")));
    }

    public List<IssueLinkType> types() {
        return types;
    }

    public Optional<IssueLinkType> type(String id) {
        return types.stream().filter(type -> type.id().equals(id)).findFirst();
    }

    public Optional<IssueLinkType> typeNamed(String name) {
        return types.stream().filter(type -> type.name().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * Links two issues. Jira answers a repeated request as if it had linked them, without a second link.
     *
     * @return the new link, or empty when the same link already existed
     */
    public synchronized Optional<IssueLink> link(IssueLinkType type, long inwardIssueId, long outwardIssueId) {
        boolean exists = byId.values().stream().anyMatch(link -> link.typeId().equals(type.id())
                && link.inwardIssueId() == inwardIssueId && link.outwardIssueId() == outwardIssueId);
        if (exists) {
            return Optional.empty();
        }
        IssueLink link = new IssueLink(nextId.getAndIncrement(), type.id(), inwardIssueId, outwardIssueId);
        byId.put(link.id(), link);
        return Optional.of(link);
    }

    public Optional<IssueLink> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    public boolean delete(long id) {
        return byId.remove(id) != null;
    }

    /** The links of an issue in either direction, oldest first. */
    public List<IssueLink> of(long issueId) {
        return byId.values().stream().filter(link -> link.involves(issueId))
                .sorted(Comparator.comparingLong(IssueLink::id)).toList();
    }
}
