package io.github.jiracloud.app.ha;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Shared records in one JSON file, for a single machine: every change holds the file's lock (processes) and the
 * path's monitor (threads of this JVM), reads the file, and replaces it whole with an atomic move, so a crash leaves
 * the old or the new content, never half of one. Expired entries are dropped on each write.
 */
public final class FileSharedRecords implements SharedRecords {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<String, String>> ENTRIES = new TypeReference<>() {
    };
    /** One monitor per file in this JVM: a FileLock is held per process, not per thread. */
    private static final Map<Path, Object> MONITORS = new ConcurrentHashMap<>();

    private final Path file;
    private final Path lockFile;
    private final Clock clock;

    public FileSharedRecords(Path file, Clock clock) {
        this.file = file.toAbsolutePath().normalize();
        this.lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
        this.clock = clock;
    }

    @Override
    public Optional<String> get(String key) {
        SharedRecords.checkedKey(key);
        return Optional.ofNullable(locked(() -> ExpiringValue.live(read().get(key), clock.instant())));
    }

    @Override
    public boolean compareAndSet(String key, String expected, String value, Instant expiresAt) {
        SharedRecords.checkedKey(key);
        return locked(() -> {
            Instant now = clock.instant();
            TreeMap<String, String> entries = read();
            if (!Objects.equals(ExpiringValue.live(entries.get(key), now), expected)) {
                return false;
            }
            entries.values().removeIf(stored -> ExpiringValue.live(stored, now) == null);
            if (value == null) {
                entries.remove(key);
            } else {
                entries.put(key, new ExpiringValue(expiresAt, value).format());
            }
            write(entries);
            return true;
        });
    }

    private <T> T locked(java.util.function.Supplier<T> action) {
        synchronized (MONITORS.computeIfAbsent(file, path -> new Object())) {
            try {
                Files.createDirectories(file.getParent());
                try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                    return action.get();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("The shared records file " + file + " could not be locked", e);
            }
        }
    }

    private TreeMap<String, String> read() {
        if (!Files.exists(file)) {
            return new TreeMap<>();
        }
        try {
            return JSON.readValue(file.toFile(), ENTRIES);
        } catch (IOException e) {
            throw new UncheckedIOException("The shared records file " + file + " could not be read; move it away "
                    + "to start afresh", e);
        }
    }

    private void write(TreeMap<String, String> entries) {
        try {
            Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try {
                JSON.writeValue(temp.toFile(), entries);
                try {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The shared records file " + file + " could not be written", e);
        }
    }

    @Override
    public String toString() {
        return "FileSharedRecords[" + file + "]";
    }
}
