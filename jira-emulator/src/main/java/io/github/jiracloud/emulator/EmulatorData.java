package io.github.jiracloud.emulator;

import io.github.jiracloud.emulator.api.render.CommentJson;
import io.github.jiracloud.emulator.api.render.EntityJson;
import io.github.jiracloud.emulator.api.render.FieldSelection;
import io.github.jiracloud.emulator.api.render.IssueJson;
import io.github.jiracloud.emulator.api.render.IssueView;
import io.github.jiracloud.emulator.data.JiraStore;
import io.github.jiracloud.emulator.data.Project;
import io.github.jiracloud.emulator.data.StoredIssue;
import io.github.jiracloud.emulator.data.User;
import io.github.jiracloud.emulator.data.edit.IssueCreator;
import io.github.jiracloud.emulator.http.Links;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Direct access to the emulator's data for tests: look at what a client did, or seed thousands of issues
 * without HTTP. Issues and comments come back in API JSON form, exactly as {@code GET} would answer them over
 * the site URL.
 */
public final class EmulatorData {

    private final JiraStore store;
    private final Supplier<User> actor;

    EmulatorData(JiraStore store, Supplier<User> actor) {
        this.store = store;
        this.actor = actor;
    }

    public List<Map<String, Object>> projects() {
        return store.catalog().projects().stream().map(entities()::projectSummary).toList();
    }

    public Optional<Map<String, Object>> project(String idOrKey) {
        return store.catalog().project(idOrKey).map(entities()::projectSummary);
    }

    /** The issue as {@code GET /rest/api/3/issue/{key}?expand=changelog&properties=*all} would return it. */
    public Optional<Map<String, Object>> issue(String idOrKey) {
        IssueView everything = new IssueView(FieldSelection.parse(List.of("*all"), FieldSelection.Default.ALL,
                FieldSelection.Default.ALL, store.catalog().fields()), Set.of("changelog"), List.of("*all"));
        return store.issues().find(idOrKey).map(issue -> issueJson().issue(issue, everything));
    }

    /** The keys of a project's issues, in creation order. */
    public List<String> issueKeys(String projectKey) {
        return issuesOf(projectKey).stream().sorted(Comparator.comparingLong(StoredIssue::id))
                .map(StoredIssue::key).toList();
    }

    public int issueCount(String projectKey) {
        return issuesOf(projectKey).size();
    }

    public int issueCount() {
        return store.issues().size();
    }

    public List<Map<String, Object>> comments(String issueIdOrKey) {
        CommentJson json = issueJson().comments();
        return store.issues().find(issueIdOrKey)
                .map(issue -> issue.comments().stream().map(comment -> json.comment(issue, comment, false)).toList())
                .orElse(List.of());
    }

    public Optional<Object> issueProperty(String issueIdOrKey, String propertyKey) {
        return store.issues().find(issueIdOrKey).map(issue -> issue.properties().get(propertyKey));
    }

    /**
     * Creates an issue as {@code POST /rest/api/3/issue} would, reported by the demo user.
     *
     * @param fields the request's {@code fields}, e.g. project, issuetype, summary
     * @return the new issue's key
     */
    public String createIssue(Map<String, Object> fields) {
        return new IssueCreator(store).create(actor.get(), Map.of("fields", fields)).key();
    }

    /** Creates {@code count} Tasks named "Seeded issue 1".."n" in a project; fast, no HTTP. */
    public List<String> createIssues(String projectKey, int count) {
        IssueCreator creator = new IssueCreator(store);
        User reporter = actor.get();
        List<String> keys = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("project", Map.of("key", projectKey));
            fields.put("issuetype", Map.of("name", "Task"));
            fields.put("summary", "Seeded issue " + i);
            keys.add(creator.create(reporter, Map.of("fields", fields)).key());
        }
        return keys;
    }

    private List<StoredIssue> issuesOf(String projectKey) {
        String projectId = store.catalog().project(projectKey).map(Project::id).orElse(null);
        return store.issues().all().filter(issue -> issue.projectId().equals(projectId)).toList();
    }

    private EntityJson entities() {
        return new EntityJson(new Links(store.siteUrl()));
    }

    private IssueJson issueJson() {
        return new IssueJson(store, entities());
    }
}
