package io.github.jiracloud.emulator.data.edit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.github.jiracloud.emulator.data.ChangeHistory;
import io.github.jiracloud.emulator.data.IssueLink;
import io.github.jiracloud.emulator.data.IssueLinkType;
import io.github.jiracloud.emulator.data.JiraStore;
import io.github.jiracloud.emulator.data.StoredIssue;
import io.github.jiracloud.emulator.data.User;

/**
 * Links and unlinks issues. As in Jira, each end gets a "Link" entry in its history, worded from its own side
 * ("This issue blocks OPS-2", "This issue is blocked by OPS-1"), and its {@code updated} time moves.
 */
public final class IssueLinker {

    private final JiraStore store;

    public IssueLinker(JiraStore store) {
        this.store = store;
    }

    /** @return the new link, or empty when the same link already existed (Jira then changes nothing) */
    public Optional<IssueLink> link(IssueLinkType type, StoredIssue inward, StoredIssue outward, User author) {
        Optional<IssueLink> link = store.issueLinks().link(type, inward.id(), outward.id());
        link.ifPresent(created -> {
            record(inward.id(), author, null, outward.key(), "This issue " + type.outward() + " " + outward.key());
            record(outward.id(), author, null, inward.key(), "This issue " + type.inward() + " " + inward.key());
        });
        return link;
    }

    /** @return whether the link existed */
    public boolean unlink(IssueLink link, User author) {
        if (!store.issueLinks().delete(link.id())) {
            return false;
        }
        IssueLinkType type = store.issueLinks().type(link.typeId()).orElseThrow();
        String inwardKey = key(link.inwardIssueId());
        String outwardKey = key(link.outwardIssueId());
        record(link.inwardIssueId(), author, outwardKey, null, "This issue " + type.outward() + " " + outwardKey);
        record(link.outwardIssueId(), author, inwardKey, null, "This issue " + type.inward() + " " + inwardKey);
        return true;
    }

    private String key(long issueId) {
        return store.issues().find(issueId).map(StoredIssue::key).orElse(null);
    }

    /** The text goes on the side that changed: {@code to} for a new link, {@code from} for a removed one. */
    private void record(long issueId, User author, String from, String to, String text) {
        Instant now = store.now();
        ChangeHistory.Item item = new ChangeHistory.Item("Link", "jira", null, from, from == null ? null : text, to,
                to == null ? null : text);
        store.issues().update(issueId, issue -> issue
                .withChange(new ChangeHistory(store.issues().nextChangeId(), author.accountId(), now, List.of(item)))
                .withField("updated", now));
    }
}
