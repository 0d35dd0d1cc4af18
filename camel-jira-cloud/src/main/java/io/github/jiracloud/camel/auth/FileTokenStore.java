package io.github.jiracloud.camel.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiracloud.camel.client.JsonCodec;

/**
 * Keeps refresh tokens in one file per connection ({@code <directory>/<connection>.json}, mode 0600). A save writes
 * a temporary file, forces it to disk, and renames it over the old one, so a crash at any point leaves either the old
 * token or the new one, never a torn file.
 */
public final class FileTokenStore implements TokenStore {

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path directory;

    public FileTokenStore(Path directory) {
        this.directory = directory;
    }

    @Override
    public Optional<StoredToken> load(String connection) {
        try {
            JsonNode json = JsonCodec.readTree(Files.readAllBytes(file(connection)));
            return Optional.of(new StoredToken(json.path("refreshToken").asText(null), json.path("scope").asText(null),
                    json.hasNonNull("obtainedAt") ? Instant.parse(json.get("obtainedAt").asText()) : null,
                    json.path("cloudId").asText(null)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The token file " + file(connection) + " cannot be read: "
                    + e.getClass().getSimpleName() + ". Delete it and authorize the connection again", e);
        }
    }

    @Override
    public synchronized void save(String connection, StoredToken token) {
        Path target = file(connection);
        ObjectNode json = JsonCodec.MAPPER.createObjectNode()
                .put("refreshToken", token.refreshToken())
                .put("scope", token.scope())
                .put("obtainedAt", token.obtainedAt() == null ? null : token.obtainedAt().toString())
                .put("cloudId", token.cloudId());
        try {
            Files.createDirectories(directory);
            Path temp = Files.createTempFile(directory, "." + connection + "-", ".tmp");
            try {
                if (POSIX) {
                    Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
                }
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    channel.write(ByteBuffer.wrap(JsonCodec.MAPPER.writeValueAsBytes(json)));
                    channel.force(true);
                }
                move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
            forceDirectory();
        } catch (IOException e) {
            throw new UncheckedIOException("The refresh token of connection '" + connection + "' could not be saved to "
                    + target + "; check that the directory is writable", e);
        }
    }

    @Override
    public synchronized void delete(String connection) {
        try {
            Files.deleteIfExists(file(connection));
        } catch (IOException e) {
            throw new UncheckedIOException("The token file " + file(connection) + " could not be deleted", e);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable; not every platform can open a directory, which is fine. */
    private void forceDirectory() {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: on such platforms the rename is as durable as it gets
        }
    }

    private Path file(String connection) {
        if (!SAFE_NAME.matcher(connection).matches()) {
            throw new IllegalArgumentException("Connection name '" + connection
                    + "' may only use letters, digits, '.', '_' and '-' (it names the token file)");
        }
        return directory.resolve(connection + ".json");
    }

    @Override
    public String toString() {
        return "FileTokenStore[" + directory + "]";
    }
}
