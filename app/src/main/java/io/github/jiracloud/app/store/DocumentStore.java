package io.github.jiracloud.app.store;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Small named documents (maps of text), grouped by kind, that outlive a restart and are changed by compare-and-swap:
 * the seam under the bundle's durable stores ({@link ExpiringRecords}: failed exchanges, de-duplication records).
 * {@link FileDocumentStore} keeps a file per document for one copy of the bundle; {@link ConfigMapDocumentStore} a
 * ConfigMap per document, shared by the replicas, as the pollers' positions are. Documents have fixed names and are
 * never deleted, so a Kubernetes Role can allow exactly these names and nothing else.
 */
public interface DocumentStore {

    /** Kinds and names: lower-case letters, digits and dashes, so that they fit a Kubernetes object name. */
    Pattern NAME = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
    /** Data keys: what a ConfigMap allows. */
    Pattern DATA_KEY = Pattern.compile("[-._a-zA-Z0-9]{1,253}");
    /** A ConfigMap holds at most 1 MiB; this leaves room for its metadata. */
    int MAX_DOCUMENT_BYTES = 1_000_000;

    /** A document as read; {@code version} is what a {@link #replace} must still find. */
    record Document(String kind, String name, Map<String, String> data, String version) {
    }

    Optional<Document> get(String kind, String name);

    /**
     * @return false when a document of that name exists already
     * @throws DocumentTooLargeException when the data is over {@link #MAX_DOCUMENT_BYTES}
     */
    boolean create(String kind, String name, Map<String, String> data);

    /**
     * Replaces the data of a document that is still at the version read.
     *
     * @return false when it changed or was deleted since
     * @throws DocumentTooLargeException when the data is over {@link #MAX_DOCUMENT_BYTES}
     */
    boolean replace(Document read, Map<String, String> data);

    /** Where the documents are, for log lines and pages. */
    String describe();

    /** Thrown when a document would not fit the store. */
    final class DocumentTooLargeException extends IllegalArgumentException {
        public DocumentTooLargeException(String kind, String name, long bytes) {
            super("The " + kind + " document " + name + " would hold " + bytes + " bytes, over the store's limit of "
                    + MAX_DOCUMENT_BYTES);
        }
    }

    /** The size that counts against {@link #MAX_DOCUMENT_BYTES}: the keys and values as UTF-8. */
    static long size(Map<String, String> data) {
        long bytes = 0;
        for (Map.Entry<String, String> entry : data.entrySet()) {
            bytes += utf8Length(entry.getKey()) + utf8Length(entry.getValue());
        }
        return bytes;
    }

    private static long utf8Length(String text) {
        long length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                length++;
            } else if (c < 0x800) {
                length += 2;
            } else if (Character.isHighSurrogate(c)) {
                length += 4;
                i++;
            } else {
                length += 3;
            }
        }
        return length;
    }

    /** Checks a kind, name and data before they reach a store. */
    static void check(String kind, String name, Map<String, String> data) {
        if (!NAME.matcher(kind).matches() || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Document kinds and names are lower-case letters, digits and dashes; "
                    + "got " + kind + "/" + name);
        }
        if (data != null) {
            for (String key : data.keySet()) {
                if (!DATA_KEY.matcher(key).matches()) {
                    throw new IllegalArgumentException("Document keys are letters, digits, '-', '_' and '.'; got "
                            + key);
                }
            }
            long bytes = size(data);
            if (bytes > MAX_DOCUMENT_BYTES) {
                throw new DocumentTooLargeException(kind, name, bytes);
            }
        }
    }
}
