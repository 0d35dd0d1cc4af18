package io.github.jiracloud.camel.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.hc.client5.http.entity.mime.AbstractContentBody;
import org.apache.hc.client5.http.entity.mime.ContentBody;
import org.apache.hc.core5.http.ContentType;

/**
 * A file to upload: its name, its type (guessed from the name) and where its bytes come from. The bytes are copied
 * to the connection as they are sent, never gathered in memory, so a file of any size uploads in constant memory.
 * A file or byte array can be sent again (on a retry); a plain InputStream only once.
 */
public final class FileUpload {

    /** Opens the content for one attempt at sending it. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    private final String fileName;
    private final ContentType contentType;
    private final long length;
    private final Source source;
    private final boolean repeatable;

    private FileUpload(String fileName, long length, Source source, boolean repeatable) {
        this.fileName = requireName(fileName);
        this.contentType = guessContentType(this.fileName);
        this.length = length;
        this.source = source;
        this.repeatable = repeatable;
    }

    public static FileUpload of(Path file, String fileName) throws IOException {
        return new FileUpload(fileName, Files.size(file), () -> Files.newInputStream(file), true);
    }

    public static FileUpload of(byte[] content, String fileName) {
        Objects.requireNonNull(content, "content");
        return new FileUpload(fileName, content.length, () -> new ByteArrayInputStream(content), true);
    }

    /** A stream that is read once, as it is sent, and closed after; its upload is never repeated. */
    public static FileUpload of(InputStream content, String fileName) {
        Objects.requireNonNull(content, "content");
        AtomicBoolean opened = new AtomicBoolean();
        return new FileUpload(fileName, -1, () -> {
            if (opened.getAndSet(true)) {
                throw new IOException("The upload of " + fileName + " is a stream that was already sent");
            }
            return content;
        }, false);
    }

    /**
     * Content that can be opened again for each attempt, e.g. a Camel stream cache that is reset.
     *
     * @param length the size in bytes, or -1 when unknown
     */
    public static FileUpload reopenable(Source source, long length, String fileName) {
        return new FileUpload(fileName, length, Objects.requireNonNull(source, "source"), true);
    }

    public String fileName() {
        return fileName;
    }

    public ContentType contentType() {
        return contentType;
    }

    /** The size in bytes, or -1 when unknown (a stream). */
    public long length() {
        return length;
    }

    /** Whether the content can be sent again, as a retry needs. */
    public boolean isRepeatable() {
        return repeatable;
    }

    /** The multipart part's body: copies the content to the connection while the request is written. */
    ContentBody contentBody() {
        return new AbstractContentBody(contentType) {
            @Override
            public String getFilename() {
                return fileName;
            }

            @Override
            public long getContentLength() {
                return length;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                try (InputStream content = source.open()) {
                    content.transferTo(out);
                }
            }
        };
    }

    private static String requireName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            throw new IllegalArgumentException("An upload needs a file name");
        }
        return fileName.strip();
    }

    /** From the name, as browsers do; Jira shows and serves the attachment with this type. */
    static ContentType guessContentType(String fileName) {
        String guessed = URLConnection.guessContentTypeFromName(fileName);
        return guessed == null ? ContentType.APPLICATION_OCTET_STREAM : ContentType.create(guessed);
    }
}
