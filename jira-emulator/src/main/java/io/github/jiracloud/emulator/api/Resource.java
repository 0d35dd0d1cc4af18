package io.github.jiracloud.emulator.api;

import io.github.jiracloud.emulator.routing.Router;

/** A group of related REST operations, e.g. everything under {@code /issue/{issueIdOrKey}/comment}. */
public interface Resource {

    void register(Router router);
}
