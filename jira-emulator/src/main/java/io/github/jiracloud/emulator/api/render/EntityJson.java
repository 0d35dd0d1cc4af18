package io.github.jiracloud.emulator.api.render;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.emulator.data.IssueType;
import io.github.jiracloud.emulator.data.JiraTime;
import io.github.jiracloud.emulator.data.Priority;
import io.github.jiracloud.emulator.data.Project;
import io.github.jiracloud.emulator.data.Resolution;
import io.github.jiracloud.emulator.data.SelectOption;
import io.github.jiracloud.emulator.data.Sprint;
import io.github.jiracloud.emulator.data.Status;
import io.github.jiracloud.emulator.data.StatusCategory;
import io.github.jiracloud.emulator.data.Transition;
import io.github.jiracloud.emulator.data.User;
import io.github.jiracloud.emulator.data.field.FieldDefinition;
import io.github.jiracloud.emulator.http.Links;

/** The API JSON of users, projects, statuses and the other things issues refer to, shaped as the spec says. */
public final class EntityJson {

    private static final List<String> AVATAR_SIZES = List.of("48x48", "24x24", "16x16", "32x32");

    private final Links links;

    public EntityJson(Links links) {
        this.links = links;
    }

    public Links links() {
        return links;
    }

    /** The spec's UserDetails, as embedded in issues and comments. */
    public Map<String, Object> user(User user) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("self", links.user(user.accountId()));
        json.put("accountId", user.accountId());
        json.put("emailAddress", user.emailAddress());
        json.put("avatarUrls", avatars("user", user.accountId()));
        json.put("displayName", user.displayName());
        json.put("active", true);
        json.put("timeZone", user.timeZone());
        json.put("accountType", user.accountType());
        return json;
    }

    /** The spec's User, as {@code /myself} answers. */
    public Map<String, Object> fullUser(User user) {
        Map<String, Object> json = user(user);
        json.put("locale", "en_US");
        json.put("groups", Map.of("size", 1, "items", List.of()));
        json.put("applicationRoles", Map.of("size", 1, "items", List.of()));
        json.put("expand", "groups,applicationRoles");
        return json;
    }

    /** A project as embedded in an issue or listed by {@code /project/search}. */
    public Map<String, Object> projectSummary(Project project) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("self", links.project(project.id()));
        json.put("id", project.id());
        json.put("key", project.key());
        json.put("name", project.name());
        json.put("projectTypeKey", project.typeKey());
        json.put("simplified", false);
        json.put("avatarUrls", avatars("project", project.id()));
        return json;
    }

    public Map<String, Object> status(Status status) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("self", links.status(status.id()));
        json.put("description", status.description());
        json.put("iconUrl", links.icon("statuses/generic.png"));
        json.put("name", status.name());
        json.put("untranslatedName", status.name());
        json.put("id", status.id());
        json.put("statusCategory", statusCategory(status.category()));
        return json;
    }

    public Map<String, Object> statusCategory(StatusCategory category) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("self", links.statusCategory(category.id()));
        json.put("id", category.id());
        json.put("key", category.key());
        json.put("colorName", category.colorName());
        json.put("name", category.name());
        return json;
    }

    public Map<String, Object> priority(Priority priority) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("self", links.priority(priority.id()));
        json.put("iconUrl", links.icon("priorities/" + priority.icon() + ".svg"));
        json.put("name", priority.name());
        json.put("id", priority.id());
        return json;
    }

    /** A priority as {@code GET /rest/api/3/priority} lists it. */
    public Map<String, Object> priorityDetails(Priority priority) {
        Map<String, Object> json = priority(priority);
        json.put("statusColor", priority.statusColor());
        json.put("description", priority.description());
        json.put("isDefault", priority.isDefault());
        return json;
    }

    public Map<String, Object> issueType(IssueType type) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("self", links.issueType(type.id()));
        json.put("id", type.id());
        json.put("description", type.description());
        json.put("iconUrl", links.avatar("issuetype", String.valueOf(type.avatarId()), "medium"));
        json.put("name", type.name());
        json.put("subtask", type.subtask());
        json.put("avatarId", type.avatarId());
        json.put("hierarchyLevel", type.hierarchyLevel());
        return json;
    }

    public Map<String, Object> resolution(Resolution resolution) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("self", links.resolution(resolution.id()));
        json.put("id", resolution.id());
        json.put("description", resolution.description());
        json.put("name", resolution.name());
        return json;
    }

    public Map<String, Object> option(SelectOption option) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("self", links.customFieldOption(option.id()));
        json.put("value", option.value());
        json.put("id", option.id());
        return json;
    }

    /** A sprint as the Sprint custom field holds it; dates only once set. */
    public Map<String, Object> sprint(Sprint sprint) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", sprint.id());
        json.put("name", sprint.name());
        json.put("state", sprint.state());
        json.put("boardId", sprint.originBoardId());
        json.put("goal", sprint.goal());
        putDate(json, "startDate", sprint.startDate());
        putDate(json, "endDate", sprint.endDate());
        putDate(json, "completeDate", sprint.completeDate());
        return json;
    }

    private static void putDate(Map<String, Object> json, String name, Instant date) {
        if (date != null) {
            json.put(name, JiraTime.formatIso(date));
        }
    }

    /** The spec's FieldDetails. */
    public Map<String, Object> field(FieldDefinition field) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", field.id());
        json.put("key", field.id());
        json.put("name", field.name());
        json.put("custom", field.custom());
        json.put("orderable", field.editable());
        json.put("navigable", field.navigable());
        json.put("searchable", field.searchable());
        json.put("clauseNames", field.clauseNames());
        if (field.schema() != null) {
            json.put("schema", new LinkedHashMap<>(field.schema()));
        }
        return json;
    }

    /** The spec's IssueTransition. */
    public Map<String, Object> transition(Transition transition, Status to) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", transition.id());
        json.put("name", transition.name());
        json.put("to", status(to));
        json.put("hasScreen", false);
        json.put("isGlobal", transition.fromStatusIds().isEmpty());
        json.put("isInitial", false);
        json.put("isAvailable", true);
        json.put("isConditional", false);
        json.put("looped", false);
        return json;
    }

    private Map<String, Object> avatars(String kind, String ownerId) {
        Map<String, Object> urls = new LinkedHashMap<>();
        for (String size : AVATAR_SIZES) {
            urls.put(size, links.avatar(kind, ownerId, size));
        }
        return urls;
    }
}
