package io.github.jiracloud.emulator.data;

import java.time.Instant;

/**
 * A file attached to an issue, content included.
 *
 * @param mimeType as the upload named it, or guessed from the file name
 */
public record StoredAttachment(long id, long issueId, String filename, String authorId, Instant created,
        String mimeType, byte[] content) {

    public long size() {
        return content.length;
    }

    public boolean isImage() {
        return mimeType.startsWith("image/");
    }
}
