package io.github.jiracloud.emulator.validation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the OpenAPI specs are when nobody said: the {@code jira.openapi.dir} system property, the
 * {@code JIRA_OPENAPI_DIR} environment variable, then {@code ../shared/jira-openapi} and
 * {@code ../../shared/jira-openapi} from the working directory.
 */
public final class SpecLocation {

    private SpecLocation() {
    }

    public static Path defaultDirectory() {
        Optional<Path> configured = Optional.ofNullable(System.getProperty("jira.openapi.dir"))
                .or(() -> Optional.ofNullable(System.getenv("JIRA_OPENAPI_DIR")))
                .filter(value -> !value.isBlank())
                .map(Path::of);
        if (configured.isPresent()) {
            return configured.get();
        }
        List<Path> guesses = List.of(Path.of("..", "shared", "jira-openapi"),
                Path.of("..", "..", "shared", "jira-openapi"));
        return guesses.stream().filter(Files::isDirectory).findFirst().orElse(guesses.get(0));
    }
}
