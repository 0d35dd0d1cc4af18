package io.github.jiracloud.emulator.data;

import java.time.LocalDate;

/**
 * A version (release) of a project.
 *
 * @param startDate null when not planned
 * @param releaseDate null when not planned
 */
public record ProjectVersion(String id, String projectId, String name, String description, boolean archived,
        boolean released, LocalDate startDate, LocalDate releaseDate) {
}
