package io.github.jiracloud.emulator.api.project;

import io.github.jiracloud.emulator.data.Project;
import io.github.jiracloud.emulator.http.ApiException;
import io.github.jiracloud.emulator.routing.Call;

/** What the project resources share: finding the project a request names, with Jira's 404 when there is none. */
public final class Projects {

    private Projects() {
    }

    /** The project of the {@code projectIdOrKey} path variable. */
    public static Project named(Call call) {
        return named(call, call.pathParam("projectIdOrKey"));
    }

    public static Project named(Call call, String idOrKey) {
        return call.store().catalog().project(idOrKey).orElseThrow(() -> notFound(idOrKey));
    }

    public static ApiException notFound(String idOrKey) {
        boolean isId = !idOrKey.isEmpty() && idOrKey.chars().allMatch(Character::isDigit);
        return ApiException.notFound("No project could be found with " + (isId ? "id" : "key") + " '" + idOrKey + "'.");
    }
}
