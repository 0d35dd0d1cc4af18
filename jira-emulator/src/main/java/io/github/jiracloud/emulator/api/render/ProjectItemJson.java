package io.github.jiracloud.emulator.api.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.github.jiracloud.emulator.data.Project;
import io.github.jiracloud.emulator.data.ProjectComponent;
import io.github.jiracloud.emulator.data.ProjectVersion;
import io.github.jiracloud.emulator.data.SiteCatalog;

/** Components and versions of a project, shaped as the spec's ProjectComponent and Version. */
public final class ProjectItemJson {

    /** How Jira shows a date to people, next to the ISO date: {@code 15/Dec/25}. */
    private static final DateTimeFormatter USER_DATE = DateTimeFormatter.ofPattern("dd/MMM/yy", Locale.ENGLISH);

    private final SiteCatalog catalog;
    private final EntityJson entities;

    public ProjectItemJson(SiteCatalog catalog, EntityJson entities) {
        this.catalog = catalog;
        this.entities = entities;
    }

    public Map<String, Object> component(ProjectComponent component, Project project) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("self", entities.links().api("/component/" + component.id()));
        json.put("id", component.id());
        json.put("name", component.name());
        json.put("description", component.description());
        Map<String, Object> lead = catalog.user(component.leadAccountId()).map(entities::user).orElse(null);
        if (lead != null) {
            json.put("lead", lead);
        }
        json.put("assigneeType", component.assigneeType());
        json.put("realAssigneeType", lead != null ? "COMPONENT_LEAD" : "UNASSIGNED");
        if (lead != null) {
            json.put("assignee", lead);
            json.put("realAssignee", lead);
        }
        json.put("isAssigneeTypeValid", true);
        json.put("project", project.key());
        json.put("projectId", Long.parseLong(project.id()));
        return json;
    }

    /** A component as the paged {@code /project/{key}/component} lists it, with the number of its issues. */
    public Map<String, Object> componentWithIssueCount(ProjectComponent component, Project project, long issueCount) {
        Map<String, Object> json = component(component, project);
        json.put("issueCount", issueCount);
        return json;
    }

    public Map<String, Object> version(ProjectVersion version, LocalDate today) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("self", entities.links().api("/version/" + version.id()));
        json.put("id", version.id());
        json.put("description", version.description());
        json.put("name", version.name());
        json.put("archived", version.archived());
        json.put("released", version.released());
        if (version.startDate() != null) {
            json.put("startDate", version.startDate().toString());
            json.put("userStartDate", USER_DATE.format(version.startDate()));
        }
        if (version.releaseDate() != null) {
            json.put("releaseDate", version.releaseDate().toString());
            json.put("overdue", !version.released() && version.releaseDate().isBefore(today));
            json.put("userReleaseDate", USER_DATE.format(version.releaseDate()));
        }
        json.put("projectId", Long.parseLong(version.projectId()));
        return json;
    }
}
