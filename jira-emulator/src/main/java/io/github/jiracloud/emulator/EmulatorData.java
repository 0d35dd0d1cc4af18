package io.github.jiracloud.emulator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import io.github.jiracloud.emulator.api.render.CommentJson;
import io.github.jiracloud.emulator.api.render.EntityJson;
import io.github.jiracloud.emulator.api.render.FieldSelection;
import io.github.jiracloud.emulator.api.render.IssueJson;
import io.github.jiracloud.emulator.api.render.IssueView;
import io.github.jiracloud.emulator.data.AccountIds;
import io.github.jiracloud.emulator.data.JiraStore;
import io.github.jiracloud.emulator.data.Project;
import io.github.jiracloud.emulator.data.SelectOption;
import io.github.jiracloud.emulator.data.SentNotification;
import io.github.jiracloud.emulator.data.StoredIssue;
import io.github.jiracloud.emulator.data.TimeTracking;
import io.github.jiracloud.emulator.data.User;
import io.github.jiracloud.emulator.data.Webhooks;
import io.github.jiracloud.emulator.data.edit.Adf;
import io.github.jiracloud.emulator.data.edit.CommentEditor;
import io.github.jiracloud.emulator.data.edit.EstimateAdjustment;
import io.github.jiracloud.emulator.data.edit.IssueCreator;
import io.github.jiracloud.emulator.data.edit.WorklogEditor;
import io.github.jiracloud.emulator.data.field.CustomFieldType;
import io.github.jiracloud.emulator.data.field.FieldDefinition;
import io.github.jiracloud.emulator.http.Links;

/**
 * Direct access to the emulator's data for tests: look at what a client did, or seed thousands of issues
 * without HTTP. Issues and comments come back in API JSON form, exactly as {@code GET} would answer them over
 * the site URL.
 */
public final class EmulatorData {

    private static final String CUSTOM_FIELD = "customfield_";

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

    /**
     * The issue as {@code GET /rest/api/3/issue/{key}?expand=changelog&properties=*all} would return it, with the work
     * of bulk tasks applied up to now.
     */
    public Optional<Map<String, Object>> issue(String idOrKey) {
        store.bulkTasks().catchUp();
        IssueView everything = new IssueView(FieldSelection.parse(List.of("*all"), FieldSelection.Default.ALL,
                FieldSelection.Default.ALL, store.catalog().fields()), Set.of("changelog"), List.of("*all"));
        return store.issues().find(idOrKey).map(issue -> issueJson().issue(issue, everything));
    }

    /** The keys of a project's issues, in creation order. */
    public List<String> issueKeys(String projectKey) {
        store.bulkTasks().catchUp();
        return issuesOf(projectKey).stream().sorted(Comparator.comparingLong(StoredIssue::id))
                .map(StoredIssue::key).toList();
    }

    public int issueCount(String projectKey) {
        store.bulkTasks().catchUp();
        return issuesOf(projectKey).size();
    }

    public int issueCount() {
        return store.issues().size();
    }

    /**
     * Adds a person to the site, who can be searched for, assigned and watch issues.
     *
     * @return the account id, derived from the e-mail as for the seeded users
     */
    public String addUser(String email, String displayName) {
        User user = User.person(AccountIds.forEmail(email), email, displayName);
        store.catalog().addUser(user);
        return user.accountId();
    }

    /** Adds an app account (accountType {@code app}): user searches find it, but issues cannot be assigned to it. */
    public String addAppUser(String displayName) {
        String accountId = AccountIds.forEmail(displayName + "@apps.example.com");
        store.catalog().addUser(new User(accountId, null, displayName, "app", "Etc/UTC"));
        return accountId;
    }

    /**
     * Takes the global "Make bulk changes" permission from an account (every account has it on a fresh site): its
     * bulk operations are then answered 403.
     */
    public void revokeBulkChange(String accountId) {
        store.globalPermissions().revokeBulkChange(accountId);
    }

    public void grantBulkChange(String accountId) {
        store.globalPermissions().grantBulkChange(accountId);
    }

    /**
     * Adds a version to a project, e.g. a release whose issues a test then finds with {@code fixVersion}.
     *
     * @return the version's id
     */
    public String addVersion(String projectKey, String name, boolean released) {
        String projectId = store.catalog().project(projectKey).map(Project::id)
                .orElseThrow(() -> new IllegalArgumentException("No project " + projectKey));
        return store.projectItems().addVersion(projectId, name, "", released, null,
                released ? java.time.LocalDate.ofInstant(store.now(), java.time.ZoneOffset.UTC) : null).id();
    }

    /** Releases a version of a project (by name), today on the emulator's clock, as Jira's release button does. */
    public void releaseVersion(String projectKey, String name) {
        String projectId = store.catalog().project(projectKey).map(Project::id)
                .orElseThrow(() -> new IllegalArgumentException("No project " + projectKey));
        String versionId = store.projectItems().versions(projectId).stream()
                .filter(version -> version.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No version " + name + " in " + projectKey)).id();
        store.projectItems().release(projectId, versionId,
                java.time.LocalDate.ofInstant(store.now(), java.time.ZoneOffset.UTC));
    }

    /** Adds an empty software project led by the demo user, with the next free project id. */
    public synchronized Map<String, Object> addProject(String key, String name) {
        long id = 1 + store.catalog().projects().stream().mapToLong(project -> Long.parseLong(project.id()))
                .max().orElse(9999);
        Project project = new Project(Long.toString(id), key, name, "", actor.get().accountId(), "software");
        store.catalog().addProject(project);
        return entities().projectSummary(project);
    }

    /** The issue's comments, oldest first, as {@code GET .../comment?expand=properties} shows them. */
    public List<Map<String, Object>> comments(String issueIdOrKey) {
        CommentJson json = issueJson().comments();
        return store.issues().find(issueIdOrKey)
                .map(issue -> issue.comments().stream().map(comment -> json.comment(issue, comment, false, true))
                        .toList())
                .orElse(List.of());
    }

    /**
     * The keys of the issues whose property {@code propertyKey} has this value, in creation order: e.g. how many
     * issues a client created with one idempotency key.
     */
    public List<String> issueKeysWithProperty(String propertyKey, Object value) {
        return store.issues().all()
                .filter(issue -> Objects.equals(issue.properties().get(propertyKey), value))
                .sorted(Comparator.comparingLong(StoredIssue::id)).map(StoredIssue::key).toList();
    }

    /**
     * The value of the property {@code propertyKey} of every issue that has it, then of every comment that has it:
     * a value seen twice is an issue or a comment made twice.
     */
    public PropertyValues propertyValues(String propertyKey) {
        List<Object> issues = store.issues().all().map(issue -> issue.properties().get(propertyKey))
                .filter(Objects::nonNull).toList();
        List<Object> comments = store.issues().all().flatMap(issue -> issue.comments().stream())
                .map(comment -> comment.properties().get(propertyKey)).filter(Objects::nonNull).toList();
        return new PropertyValues(issues, comments);
    }

    /** The values of one property on issues and on comments; see {@link #propertyValues}. */
    public record PropertyValues(List<Object> onIssues, List<Object> onComments) {

        /** Issues and comments beyond the first with the same value. */
        public long duplicates() {
            return onIssues.size() - onIssues.stream().distinct().count()
                    + onComments.size() - onComments.stream().distinct().count();
        }
    }

    /** The ids of the comments, on any issue, whose property {@code propertyKey} has this value. */
    public List<String> commentIdsWithProperty(String propertyKey, Object value) {
        return store.issues().all().flatMap(issue -> issue.comments().stream())
                .filter(comment -> Objects.equals(comment.properties().get(propertyKey), value))
                .map(comment -> Long.toString(comment.id())).toList();
    }

    public Optional<Object> issueProperty(String issueIdOrKey, String propertyKey) {
        return store.issues().find(issueIdOrKey).map(issue -> issue.properties().get(propertyKey));
    }

    /** The e-mails {@code POST /issue/{key}/notify} queued for an issue, oldest first. */
    public List<SentNotification> notifications(String issueKey) {
        return store.outbox().all().stream().filter(sent -> sent.issueKey().equalsIgnoreCase(issueKey)).toList();
    }

    /**
     * Registers a webhook as an admin does in Jira's settings: it never expires and, with a {@code secret}, its
     * deliveries carry {@code X-Hub-Signature}. Returns its id.
     */
    public long registerWebhook(String url, List<String> events, String jqlFilter, String secret) {
        return store.webhooks().addAdmin(url, events, jqlFilter, secret).id();
    }

    /** Every registered webhook, oldest first, with its expiry (null for admin webhooks). */
    public List<Webhooks.Webhook> webhooks() {
        return store.webhooks().all();
    }

    /**
     * Adds a custom field to the site, as an admin would; names need not be unique, as in Jira.
     *
     * @param options the values of a {@link CustomFieldType#SELECT} field
     * @return the new field's id, e.g. {@code customfield_10053}
     */
    public synchronized String addCustomField(String name, CustomFieldType type, String... options) {
        long number = 1 + store.catalog().fields().stream().map(FieldDefinition::id)
                .filter(id -> id.startsWith(CUSTOM_FIELD))
                .mapToLong(id -> Long.parseLong(id.substring(CUSTOM_FIELD.length())))
                .max().orElse(10000);
        long firstOption = 1
                + store.catalog().fields().stream().flatMap(field -> store.catalog().options(field.id()).stream())
                        .mapToLong(option -> Long.parseLong(option.id())).max().orElse(10000);
        List<SelectOption> values = new ArrayList<>();
        for (int i = 0; i < options.length; i++) {
            values.add(new SelectOption(Long.toString(firstOption + i), options[i]));
        }
        FieldDefinition field = type.define(number, name);
        store.catalog().addField(field, values);
        return field.id();
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

    /** Adds {@code count} comments "Seeded comment 1".."n" by the demo user to an issue; fast, no HTTP. */
    public void addComments(String issueIdOrKey, int count) {
        CommentEditor editor = new CommentEditor(store);
        long issueId = existing(issueIdOrKey).id();
        for (int i = 1; i <= count; i++) {
            editor.add(issueId, actor.get(), Map.of("body", Adf.paragraph("Seeded comment " + i)));
        }
    }

    /** Logs {@code count} worklogs of {@code secondsEach} on an issue, reducing its remaining estimate; no HTTP. */
    public void logWork(String issueIdOrKey, int count, long secondsEach) {
        WorklogEditor editor = new WorklogEditor(store);
        long issueId = existing(issueIdOrKey).id();
        EstimateAdjustment auto = EstimateAdjustment.of("auto", null, null, null);
        for (int i = 0; i < count; i++) {
            editor.add(issueId, actor.get(), Map.of("timeSpentSeconds", secondsEach), auto);
        }
    }

    /** Sets an issue's original and remaining estimate, as editing its time tracking does. */
    public void estimate(String issueIdOrKey, long originalSeconds, long remainingSeconds) {
        store.issues().update(existing(issueIdOrKey).id(), issue -> issue
                .withField(TimeTracking.ORIGINAL_ESTIMATE, originalSeconds)
                .withField(TimeTracking.REMAINING_ESTIMATE, remainingSeconds));
    }

    private StoredIssue existing(String issueIdOrKey) {
        return store.issues().find(issueIdOrKey)
                .orElseThrow(() -> new IllegalArgumentException("No issue " + issueIdOrKey));
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
