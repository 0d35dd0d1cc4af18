package io.github.jiracloud.emulator.data.edit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.jiracloud.emulator.data.ChangeHistory;
import io.github.jiracloud.emulator.data.JiraStore;
import io.github.jiracloud.emulator.data.Status;
import io.github.jiracloud.emulator.data.StoredComment;
import io.github.jiracloud.emulator.data.StoredIssue;
import io.github.jiracloud.emulator.data.Transition;
import io.github.jiracloud.emulator.data.User;

import static io.github.jiracloud.emulator.data.edit.FieldChangeReader.asMap;

/**
 * Moves issues through the workflow. The emulator's transitions have no screens, so a transition request may
 * only set the resolution and add a comment, as with Jira's default workflow.
 */
public final class IssueTransitioner {

    private static final Set<String> ON_TRANSITION_SCREEN = Set.of();
    private static final String DONE_RESOLUTION = "Done";

    private final JiraStore store;
    private final FieldChangeReader reader;
    private final Changelog changelog;
    private final CommentEditor comments;

    public IssueTransitioner(JiraStore store) {
        this.store = store;
        this.reader = new FieldChangeReader(store);
        this.changelog = new Changelog(store);
        this.comments = new CommentEditor(store);
    }

    /**
     * @param request {@code {"transition": {"id": "21"}, "fields": {...}, "update": {"comment": [...]}}}
     * @return the issue after the transition, or empty if it doesn't exist
     * @throws FieldErrors when Jira would answer 400
     */
    public Optional<StoredIssue> transition(long issueId, User actor, Map<String, Object> request) {
        Transition transition = transitionNamedIn(request.get("transition"));
        return store.issues().update(issueId, current -> {
            String statusId = String.valueOf(current.field("status"));
            if (!transition.availableFrom(statusId)) {
                throw FieldErrors.message("It seems that you have tried to perform a workflow operation ("
                        + transition.name() + ") that is not valid for the current state of this issue ("
                        + current.key() + "). The likely cause is that somebody has changed the issue recently,"
                        + " please look at the issue history for details.");
            }
            Map<String, Object> fields = new LinkedHashMap<>(asMap(request.get("fields")));
            Object resolution = fields.remove("resolution");
            FieldErrors.Collector errors = new FieldErrors.Collector();
            FieldChangeReader.Changes changes = reader.read(fields, request.get("update"), current.fields(), Set.of(),
                    ON_TRANSITION_SCREEN, errors);
            errors.throwIfAny();
            return moved(current, transition, resolution, changes, actor);
        });
    }

    /** For create requests that carry a transition: is it known, and available from {@code statusId}? */
    void checkAvailable(Object transitionSection, String statusId, FieldErrors.Collector errors) {
        try {
            Transition transition = transitionNamedIn(transitionSection);
            if (!transition.availableFrom(statusId)) {
                errors.add("transition", "Transition id '" + transition.id() + "' is not valid for this issue.");
            }
        } catch (FieldErrors e) {
            errors.add("transition", String.join(" ", e.messages()));
        }
    }

    private Transition transitionNamedIn(Object transitionSection) {
        Object id = asMap(transitionSection).get("id");
        if (id == null) {
            throw FieldErrors.message("Missing 'transition' identifier");
        }
        return store.catalog().workflow().transition(String.valueOf(id))
                .orElseThrow(() -> FieldErrors.message("Transition id '" + id + "' is not valid for this issue."));
    }

    private StoredIssue moved(StoredIssue current, Transition transition, Object resolutionRequested,
            FieldChangeReader.Changes changes, User actor) {
        Instant now = store.now();
        Status from = store.catalog().status(String.valueOf(current.field("status")));
        Status to = store.catalog().status(transition.toStatusId());
        Map<String, Object> values = new LinkedHashMap<>(current.fields());
        values.putAll(changes.values());
        values.put("status", to.id());
        values.put("updated", now);
        if (!from.category().equals(to.category())) {
            values.put("statuscategorychangedate", now);
        }
        if (to.category().isDone()) {
            values.put("resolution", resolutionId(resolutionRequested));
            values.put("resolutiondate", now);
        } else {
            values.put("resolution", null);
            values.put("resolutiondate", null);
        }
        StoredIssue moved = current.withFields(values);
        ChangeHistory change = changelog.entry(current.fields(), values, actor.accountId(), now);
        if (change != null) {
            moved = moved.withChange(change);
        }
        for (Map<String, Object> comment : changes.comments()) {
            StoredComment added = comments.newComment(actor, comment, now);
            moved = CommentEditor.withComment(moved, added, now);
        }
        return moved;
    }

    private String resolutionId(Object requested) {
        if (requested == null) {
            return store.catalog().resolutionNamed(DONE_RESOLUTION).orElseThrow().id();
        }
        Map<String, Object> reference = asMap(requested);
        var resolution = reference.get("id") != null
                ? store.catalog().resolution(String.valueOf(reference.get("id")))
                : store.catalog().resolutionNamed(String.valueOf(reference.get("name")));
        return resolution.orElseThrow(() -> FieldErrors.of("resolution", "Resolution is invalid.")).id();
    }
}
