package io.github.jiracloud.emulator.routing;

import io.github.jiracloud.emulator.http.ApiResponse;

/** One REST operation. Throw {@link io.github.jiracloud.emulator.http.ApiException} to answer with an error. */
@FunctionalInterface
public interface Handler {

    ApiResponse handle(Call call);
}
