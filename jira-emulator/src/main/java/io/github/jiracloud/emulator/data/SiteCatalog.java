package io.github.jiracloud.emulator.data;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.jiracloud.emulator.data.field.FieldDefinition;

/**
 * A site's configuration: users, projects, boards, issue types, priorities, statuses, the workflow and fields.
 * Users, projects, boards and sprints can change at runtime; the rest is fixed when the site is set up.
 */
public final class SiteCatalog {

    private final Map<String, User> usersById = new ConcurrentHashMap<>();
    private final Map<String, Project> projectsByKey = new ConcurrentHashMap<>();
    private final List<IssueType> issueTypes;
    private final List<Priority> priorities;
    private final List<Status> statuses;
    private final List<Resolution> resolutions;
    private final Workflow workflow;
    /** Replaced whole when a test adds a field, so the many readers never lock. */
    private volatile List<FieldDefinition> fields;
    private final Map<String, FieldDefinition> fieldsById;
    private final Map<String, List<SelectOption>> optionsByFieldId;
    private final Boards boards = new Boards();

    public SiteCatalog(List<IssueType> issueTypes, List<Priority> priorities, List<Status> statuses,
            List<Resolution> resolutions, Workflow workflow, List<FieldDefinition> fields,
            Map<String, List<SelectOption>> optionsByFieldId) {
        this.issueTypes = List.copyOf(issueTypes);
        this.priorities = List.copyOf(priorities);
        this.statuses = List.copyOf(statuses);
        this.resolutions = List.copyOf(resolutions);
        this.workflow = workflow;
        this.fields = List.copyOf(fields);
        this.fieldsById = new ConcurrentHashMap<>(
                fields.stream().collect(Collectors.toMap(FieldDefinition::id, Function.identity())));
        this.optionsByFieldId = new ConcurrentHashMap<>(optionsByFieldId);
    }

    // users

    public void addUser(User user) {
        usersById.put(user.accountId(), user);
    }

    public Optional<User> user(String accountId) {
        return accountId == null ? Optional.empty() : Optional.ofNullable(usersById.get(accountId));
    }

    public Collection<User> users() {
        return usersById.values();
    }

    // projects

    public void addProject(Project project) {
        projectsByKey.put(project.key().toUpperCase(Locale.ROOT), project);
    }

    /** By key (any case) or numeric id, as Jira's {@code projectIdOrKey}. */
    public Optional<Project> project(String idOrKey) {
        if (idOrKey == null) {
            return Optional.empty();
        }
        Project byKey = projectsByKey.get(idOrKey.toUpperCase(Locale.ROOT));
        if (byKey != null) {
            return Optional.of(byKey);
        }
        return projectsByKey.values().stream().filter(project -> project.id().equals(idOrKey)).findFirst();
    }

    public List<Project> projects() {
        return projectsByKey.values().stream().sorted(Comparator.comparing(Project::key)).toList();
    }

    // issue types, priorities, statuses, resolutions

    public List<IssueType> issueTypes() {
        return issueTypes;
    }

    public Optional<IssueType> issueType(String id) {
        return issueTypes.stream().filter(type -> type.id().equals(id)).findFirst();
    }

    public Optional<IssueType> issueTypeNamed(String name) {
        return issueTypes.stream().filter(type -> type.name().equalsIgnoreCase(name)).findFirst();
    }

    public List<Priority> priorities() {
        return priorities;
    }

    public Optional<Priority> priority(String id) {
        return priorities.stream().filter(priority -> priority.id().equals(id)).findFirst();
    }

    public Optional<Priority> priorityNamed(String name) {
        return priorities.stream().filter(priority -> priority.name().equalsIgnoreCase(name)).findFirst();
    }

    public Priority defaultPriority() {
        return priorities.stream().filter(Priority::isDefault).findFirst().orElse(priorities.get(0));
    }

    public List<Status> statuses() {
        return statuses;
    }

    public Status status(String id) {
        return statuses.stream().filter(status -> status.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No status " + id));
    }

    public List<Resolution> resolutions() {
        return resolutions;
    }

    public Optional<Resolution> resolution(String id) {
        return resolutions.stream().filter(resolution -> resolution.id().equals(id)).findFirst();
    }

    public Optional<Resolution> resolutionNamed(String name) {
        return resolutions.stream().filter(resolution -> resolution.name().equalsIgnoreCase(name)).findFirst();
    }

    public Workflow workflow() {
        return workflow;
    }

    // fields

    public List<FieldDefinition> fields() {
        return fields;
    }

    /** Adds a custom field, as an admin would; {@code options} for select lists, else empty. */
    public synchronized void addField(FieldDefinition field, List<SelectOption> options) {
        if (fieldsById.containsKey(field.id())) {
            throw new IllegalArgumentException("The field " + field.id() + " exists already");
        }
        if (!options.isEmpty()) {
            optionsByFieldId.put(field.id(), List.copyOf(options));
        }
        fieldsById.put(field.id(), field);
        fields = Stream.concat(fields.stream(), Stream.of(field)).toList();
    }

    public Optional<FieldDefinition> field(String id) {
        return Optional.ofNullable(fieldsById.get(id));
    }

    public List<SelectOption> options(String fieldId) {
        return optionsByFieldId.getOrDefault(fieldId, List.of());
    }

    // boards and sprints: they change at runtime, as users and projects do

    public Boards boards() {
        return boards;
    }

    public Optional<Sprint> sprint(long id) {
        return boards.sprint(id);
    }

    /** Custom field names to ids, for JQL clauses such as {@code "Story Points" > 3}. */
    public Map<String, String> customFieldIdsByName() {
        return fields.stream().filter(FieldDefinition::custom)
                .collect(Collectors.toUnmodifiableMap(FieldDefinition::name, FieldDefinition::id, (a, b) -> a));
    }
}
