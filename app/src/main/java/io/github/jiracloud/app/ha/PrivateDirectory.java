package io.github.jiracloud.app.ha;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * A directory for the bundle's state that only its own user can enter: lock files and poll positions in a folder that
 * others can write to (the shared /tmp) could be pre-created, replaced or read by any local user.
 */
public final class PrivateDirectory {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private PrivateDirectory() {
    }

    /**
     * Creates the directory (and its parents) for the owner alone, or checks that an existing one is the current
     * user's and that no one else may write to it.
     *
     * @param setting the setting that named it, for the message
     * @throws IllegalStateException when it belongs to another user or others may write to it
     */
    public static Path of(Path directory, String setting) {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        try {
            if (Files.notExists(directory)) {
                Files.createDirectories(directory.getParent() == null ? directory : directory.getParent());
                if (posix) {
                    Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                } else {
                    Files.createDirectory(directory);
                }
            }
            if (posix) {
                String owner = Files.getOwner(directory).getName();
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(directory);
                boolean open = permissions.contains(PosixFilePermission.GROUP_WRITE)
                        || permissions.contains(PosixFilePermission.OTHERS_WRITE);
                if (!owner.equals(System.getProperty("user.name")) || open) {
                    throw new IllegalStateException(setting + " is " + directory + ", which belongs to " + owner
                            + " with permissions " + PosixFilePermissions.toString(permissions) + ": the bundle keeps "
                            + "its locks and state only in a directory of its own user that others cannot write to "
                            + "(chmod 700, or point " + setting + " at another directory)");
                }
            }
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("The directory " + directory + " (" + setting + ") could not be created", e);
        }
    }
}
