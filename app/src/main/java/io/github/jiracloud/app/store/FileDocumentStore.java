package io.github.jiracloud.app.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A document per file, {@code <root>/<kind>/<name>.json}, for one copy of the bundle. A write goes to a temporary
 * file that is synced and then renamed over the old one, so a process killed at any moment leaves the old document or
 * the new one, never half of one; the version is a counter in the file. Writers take turns under a lock on
 * {@code <root>/.lock} (and a lock per folder within the process), so even two processes on one machine lose no
 * change; replicas on different machines need {@link ConfigMapDocumentStore}.
 */
public final class FileDocumentStore implements DocumentStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUFFIX = ".json";
    private static final String TEMPORARY = ".tmp";

    /** One lock per folder within this process: the file lock is held per process, not per thread. */
    private static final Map<Path, ReentrantLock> FOLDER_LOCKS = new ConcurrentHashMap<>();

    private final Path root;
    private final ReentrantLock writing;

    public FileDocumentStore(Path root) {
        this.root = root;
        this.writing = FOLDER_LOCKS.computeIfAbsent(root.toAbsolutePath().normalize(), folder -> new ReentrantLock());
    }

    @Override
    public Optional<Document> get(String kind, String name) {
        DocumentStore.check(kind, name, null);
        return read(kind, file(kind, name));
    }

    @Override
    public boolean create(String kind, String name, Map<String, String> data) {
        DocumentStore.check(kind, name, data);
        return locked(() -> {
            Path file = file(kind, name);
            if (Files.exists(file)) {
                return false;
            }
            write(file, 1, data);
            return true;
        });
    }

    @Override
    public boolean replace(Document read, Map<String, String> data) {
        DocumentStore.check(read.kind(), read.name(), data);
        return locked(() -> {
            Path file = file(read.kind(), read.name());
            Optional<Document> current = read(read.kind(), file);
            if (current.isEmpty() || !current.get().version().equals(read.version())) {
                return false;
            }
            write(file, Long.parseLong(read.version()) + 1, data);
            return true;
        });
    }

    /** Runs a change holding this process's lock of the folder and the lock file shared with other processes. */
    private boolean locked(BooleanSupplier change) {
        writing.lock();
        try {
            Files.createDirectories(root);
            try (FileChannel lockFile = FileChannel.open(root.resolve(".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock held = lockFile.lock()) {
                return change.getAsBoolean();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock " + root.resolve(".lock"), e);
        } finally {
            writing.unlock();
        }
    }

    @Override
    public String describe() {
        return "files under " + root.toAbsolutePath();
    }

    private Path file(String kind, String name) {
        return root.resolve(kind).resolve(name + SUFFIX);
    }

    private static Optional<Document> read(String kind, Path file) {
        try {
            JsonNode json = JSON.readTree(Files.readAllBytes(file));
            Map<String, String> data = new LinkedHashMap<>();
            json.path("data").fields().forEachRemaining(entry -> data.put(entry.getKey(), entry.getValue().asText()));
            String name = file.getFileName().toString();
            return Optional.of(new Document(kind, name.substring(0, name.length() - SUFFIX.length()), data,
                    json.path("version").asText()));
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the document " + file + "; move it away to start it afresh", e);
        }
    }

    /** Temporary file, synced, renamed over the document, then the folder synced so the rename survives too. */
    private static void write(Path file, long version, Map<String, String> data) {
        ObjectNode json = JSON.createObjectNode().put("version", version);
        ObjectNode values = json.putObject("data");
        data.forEach(values::put);
        Path temporary = file.resolveSibling(file.getFileName() + TEMPORARY);
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(JSON.writeValueAsBytes(json));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            syncFolder(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the document " + file, e);
        }
    }

    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // Some file systems can't sync a folder; the rename is still atomic, just not yet on disk.
        }
    }
}
