package io.github.jiracloud.emulator.data;

import java.util.List;
import java.util.Optional;

/** The one workflow every issue type uses: where new issues start and which transitions lead where. */
public record Workflow(String initialStatusId, List<Transition> transitions) {

    public List<Transition> availableFrom(String statusId) {
        return transitions.stream().filter(transition -> transition.availableFrom(statusId)).toList();
    }

    public Optional<Transition> transition(String id) {
        return transitions.stream().filter(transition -> transition.id().equals(id)).findFirst();
    }
}
