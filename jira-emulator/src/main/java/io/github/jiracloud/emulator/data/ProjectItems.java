package io.github.jiracloud.emulator.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The components and versions of every project, in the order they were added (Jira's version sequence). */
public final class ProjectItems {

    private static final long FIRST_ID = 10000;

    private final Map<String, List<ProjectComponent>> componentsByProjectId = new ConcurrentHashMap<>();
    private final Map<String, List<ProjectVersion>> versionsByProjectId = new ConcurrentHashMap<>();
    private final AtomicLong nextComponentId = new AtomicLong(FIRST_ID);
    private final AtomicLong nextVersionId = new AtomicLong(FIRST_ID);

    public ProjectComponent addComponent(String projectId, String name, String description, String leadAccountId) {
        ProjectComponent component = new ProjectComponent(Long.toString(nextComponentId.getAndIncrement()), projectId,
                name, description, leadAccountId, leadAccountId == null ? "PROJECT_DEFAULT" : "COMPONENT_LEAD");
        componentsByProjectId.merge(projectId, List.of(component), ProjectItems::append);
        return component;
    }

    public ProjectVersion addVersion(String projectId, String name, String description, boolean released,
            LocalDate startDate, LocalDate releaseDate) {
        ProjectVersion version = new ProjectVersion(Long.toString(nextVersionId.getAndIncrement()), projectId, name,
                description, false, released, startDate, releaseDate);
        versionsByProjectId.merge(projectId, List.of(version), ProjectItems::append);
        return version;
    }

    /** Marks a version released today, as Jira's release button does. */
    public ProjectVersion release(String projectId, String versionId, java.time.LocalDate today) {
        ProjectVersion[] released = new ProjectVersion[1];
        versionsByProjectId.computeIfPresent(projectId, (id, versions) -> versions.stream().map(version -> {
            if (!version.id().equals(versionId)) {
                return version;
            }
            released[0] = new ProjectVersion(version.id(), version.projectId(), version.name(),
                    version.description(), version.archived(), true, version.startDate(), today);
            return released[0];
        }).toList());
        if (released[0] == null) {
            throw new IllegalArgumentException("No version " + versionId + " in project " + projectId);
        }
        return released[0];
    }

    public List<ProjectComponent> components(String projectId) {
        return componentsByProjectId.getOrDefault(projectId, List.of());
    }

    public List<ProjectVersion> versions(String projectId) {
        return versionsByProjectId.getOrDefault(projectId, List.of());
    }

    private static <T> List<T> append(List<T> current, List<T> added) {
        List<T> all = new ArrayList<>(current);
        all.addAll(added);
        return List.copyOf(all);
    }
}
