package io.github.jiracloud.emulator.data.edit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.jiracloud.emulator.data.Attachments;
import io.github.jiracloud.emulator.data.ChangeHistory;
import io.github.jiracloud.emulator.data.JiraStore;
import io.github.jiracloud.emulator.data.StoredAttachment;
import io.github.jiracloud.emulator.data.StoredIssue;
import io.github.jiracloud.emulator.data.User;

/**
 * Adds and deletes attachments. As in Jira, each change touches the issue's {@code updated} time and writes an
 * {@code Attachment} item to its changelog.
 */
public final class AttachmentEditor {

    /** One uploaded file. */
    public record Upload(String filename, String mimeType, byte[] content) {
    }

    private final JiraStore store;

    public AttachmentEditor(JiraStore store) {
        this.store = store;
    }

    /** @return the new attachments in upload order, or empty if the issue doesn't exist */
    public Optional<List<StoredAttachment>> add(long issueId, User author, List<Upload> uploads) {
        List<StoredAttachment> added = new ArrayList<>();
        Optional<StoredIssue> issue = store.issues().update(issueId, current -> {
            added.clear();
            Instant now = store.now();
            List<StoredAttachment> attachments = new ArrayList<>(Attachments.of(current));
            List<ChangeHistory.Item> items = new ArrayList<>();
            for (Upload upload : uploads) {
                StoredAttachment attachment = new StoredAttachment(store.attachments().nextId(), issueId,
                        upload.filename(), author.accountId(), now, upload.mimeType(), upload.content());
                attachments.add(attachment);
                added.add(attachment);
                items.add(item(null, attachment));
            }
            return Attachments.with(current, attachments).withField("updated", now)
                    .withChange(new ChangeHistory(store.issues().nextChangeId(), author.accountId(), now, items));
        });
        added.forEach(attachment -> store.attachments().indexed(attachment.id(), issueId));
        return issue.map(ignored -> List.copyOf(added));
    }

    /** The attachment with its issue, if both still exist. */
    public Optional<StoredAttachment> find(long attachmentId) {
        return store.attachments().issueOf(attachmentId)
                .flatMap(store.issues()::find)
                .flatMap(issue -> Attachments.of(issue).stream().filter(a -> a.id() == attachmentId).findFirst());
    }

    /** @return whether the attachment existed */
    public boolean delete(long attachmentId, User actor) {
        Optional<StoredAttachment> attachment = find(attachmentId);
        if (attachment.isEmpty()) {
            return false;
        }
        boolean[] removed = new boolean[1];
        store.issues().update(attachment.get().issueId(), current -> {
            List<StoredAttachment> attachments = new ArrayList<>(Attachments.of(current));
            removed[0] = attachments.removeIf(candidate -> candidate.id() == attachmentId);
            if (!removed[0]) {
                return current;
            }
            Instant now = store.now();
            return Attachments.with(current, attachments).withField("updated", now)
                    .withChange(new ChangeHistory(store.issues().nextChangeId(), actor.accountId(), now,
                            List.of(item(attachment.get(), null))));
        });
        return removed[0];
    }

    private static ChangeHistory.Item item(StoredAttachment from, StoredAttachment to) {
        return new ChangeHistory.Item("Attachment", "jira", "attachment",
                from == null ? null : Long.toString(from.id()), from == null ? null : from.filename(),
                to == null ? null : Long.toString(to.id()), to == null ? null : to.filename());
    }
}
