package io.github.jiracloud.camel.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text the build generates into files we commit (docs tables, resources), as Camel's tooling does: a test renders the
 * text, and when the file is stale it rewrites it and fails, so the build is red until the regenerated file is
 * committed.
 */
public final class GeneratedText {

    private GeneratedText() {
    }

    /** The text with what stands between the two marker lines replaced by the generated part. */
    public static String replaceBetween(String text, String start, String end, String generated) {
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalStateException("The file needs the markers " + start + " and " + end);
        }
        return text.substring(0, from + start.length()) + "\n" + generated + text.substring(to);
    }

    /** Rewrites a stale file and fails, naming it: the next build passes once the new file is committed. */
    public static void assertUpToDate(Path file, String expected) throws IOException {
        String current = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        if (!current.equals(expected)) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        assertThat(current).as(file + " was stale and has been regenerated: review and commit it").isEqualTo(expected);
    }
}
