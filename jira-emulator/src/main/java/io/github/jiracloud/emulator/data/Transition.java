package io.github.jiracloud.emulator.data;

import java.util.Set;

/**
 * A workflow transition.
 *
 * @param fromStatusIds where it starts; empty for a global transition, available from every other status
 */
public record Transition(String id, String name, Set<String> fromStatusIds, String toStatusId) {

    public boolean availableFrom(String statusId) {
        return !statusId.equals(toStatusId) && (fromStatusIds.isEmpty() || fromStatusIds.contains(statusId));
    }
}
