package io.github.jiracloud.camel.auth;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The file store's promises beyond a plain round trip: leftovers of crashed saves go away, a bad file says what to do.
 */
class FileTokenStoreTest {

    private static final StoredToken TOKEN = new StoredToken("refresh-token-value-1", "offline_access", Instant.now());

    @TempDir
    Path directory;

    @Test
    void aSaveRemovesTheTemporaryFileOfASaveThatCrashedButNotOneInProgress() throws Exception {
        Path abandoned = Files.writeString(directory.resolve(".default-1234.tmp"), "{\"refreshTo");
        Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(Duration.ofMinutes(5))));
        Path inProgress = Files.writeString(directory.resolve(".default-5678.tmp"), "{\"refreshTo");
        Path otherConnection = Files.writeString(directory.resolve(".other-1234.tmp"), "{");
        Files.setLastModifiedTime(otherConnection, FileTime.from(Instant.now().minus(Duration.ofMinutes(5))));

        new FileTokenStore(directory).save("default", TOKEN);

        assertThat(abandoned).doesNotExist();
        assertThat(inProgress).exists();
        assertThat(otherConnection).exists();
        assertThat(new FileTokenStore(directory).load("default")).contains(TOKEN);
    }

    @Test
    void anUnreadableTokenFileSaysHowToRecoverWithoutShowingItsContent() throws Exception {
        Files.writeString(directory.resolve("default.json"), "{\"refreshToken\": \"refresh-token-val",
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new FileTokenStore(directory).load("default"))
                .hasMessageContaining("authorize the connection again")
                .hasMessageNotContaining("refresh-token-val");
    }
}
