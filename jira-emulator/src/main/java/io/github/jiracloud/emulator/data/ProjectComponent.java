package io.github.jiracloud.emulator.data;

/**
 * A component of a project.
 *
 * @param leadAccountId null when the component has no lead
 * @param assigneeType who new issues with this component go to: {@code PROJECT_DEFAULT}, {@code COMPONENT_LEAD},
 *     {@code PROJECT_LEAD} or {@code UNASSIGNED}
 */
public record ProjectComponent(String id, String projectId, String name, String description, String leadAccountId,
        String assigneeType) {
}
