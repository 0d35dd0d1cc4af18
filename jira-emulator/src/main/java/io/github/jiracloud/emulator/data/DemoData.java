package io.github.jiracloud.emulator.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.emulator.data.edit.Adf;
import io.github.jiracloud.emulator.data.edit.CommentEditor;
import io.github.jiracloud.emulator.data.edit.IssueCreator;
import io.github.jiracloud.emulator.data.edit.IssueTransitioner;

/** A handful of believable issues in OPS and DEV, so a fresh emulator has something to search and show. */
public final class DemoData {

    private final JiraStore store;
    private final User demo;
    private final IssueCreator creator;
    private final IssueTransitioner transitioner;
    private final CommentEditor comments;

    private DemoData(JiraStore store, User demo) {
        this.store = store;
        this.demo = demo;
        this.creator = new IssueCreator(store);
        this.transitioner = new IssueTransitioner(store);
        this.comments = new CommentEditor(store);
    }

    public static void seed(JiraStore store, User demo) {
        new DemoData(store, demo).seed();
    }

    private void seed() {
        String alice = AccountIds.forEmail("alice@example.com");
        String bob = AccountIds.forEmail("bob@example.com");

        StoredIssue backups = issue("OPS", "Bug", "Database backups failing on the replica", "High",
                Map.of("labels", List.of("backup", "database"), "assignee", Map.of("accountId", demo.accountId()),
                        StandardSite.SEVERITY, Map.of("value", "Critical"), StandardSite.TEAM, "SRE",
                        "description", Adf.paragraph("The nightly backup job exits with code 2 since Tuesday.")));
        move(backups, "21");
        comment(backups, "Looks like the replica ran out of disk during the dump.");
        comment(backups, "Freed 40 GB; re-running tonight.");

        StoredIssue certificates = issue("OPS", "Task", "Rotate TLS certificates for the API gateway", "Medium",
                Map.of("labels", List.of("security"), "duedate", "2026-12-15", StandardSite.STORY_POINTS, 3,
                        StandardSite.SPRINT, 1));
        comment(certificates, "The new certificates are in the vault.");

        move(issue("OPS", "Task", "Set up the on-call rota for Q1", "Low", Map.of()), "31");
        issue("OPS", "Story", "Tune disk usage alerts to cut alert fatigue", "Medium",
                Map.of("labels", List.of("monitoring"), "assignee", Map.of("accountId", bob)));
        StoredIssue incident = issue("OPS", "Bug", "Incident: checkout latency spike", "Highest",
                Map.of(StandardSite.SEVERITY, Map.of("value", "Major")));
        comment(incident, "Root cause: a missing index after the last migration.");
        move(incident, "31");

        StoredIssue epic = issue("DEV", "Epic", "Jira Cloud connector for Apache Camel", "Medium", Map.of());
        StoredIssue oauth = issue("DEV", "Story", "Refresh OAuth 2.0 tokens before they expire", "High",
                Map.of("parent", Map.of("key", epic.key()), "assignee", Map.of("accountId", alice),
                        StandardSite.STORY_POINTS, 5, StandardSite.SPRINT, 3));
        move(oauth, "21");
        issue("DEV", "Story", "Page through search results with nextPageToken", "Medium",
                Map.of("parent", Map.of("key", epic.key()), "labels", List.of("search")));
        issue("DEV", "Sub-task", "Document the token refresh settings", "Low",
                Map.of("parent", Map.of("key", oauth.key())));
    }

    private StoredIssue issue(String project, String type, String summary, String priority, Map<String, Object> more) {
        Map<String, Object> fields = new LinkedHashMap<>(more);
        fields.put("project", Map.of("key", project));
        fields.put("issuetype", Map.of("name", type));
        fields.put("summary", summary);
        fields.put("priority", Map.of("name", priority));
        return creator.create(demo, Map.of("fields", fields));
    }

    private void move(StoredIssue issue, String transitionId) {
        transitioner.transition(issue.id(), demo, Map.of("transition", Map.of("id", transitionId)));
    }

    private void comment(StoredIssue issue, String text) {
        comments.add(issue.id(), demo, Map.of("body", Adf.paragraph(text)));
    }
}
