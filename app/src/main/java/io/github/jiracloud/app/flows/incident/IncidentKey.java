package io.github.jiracloud.app.flows.incident;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What one issue stands for: an alert's fingerprint, or a notification group. It names the label (how search
 * finds it as a fallback) and its entry in the shared record (how the flow knows it).
 *
 * @param label the Jira label, e.g. {@code alert-3f2a9c01b7d4e5f6}
 * @param recordKey the shared record's key: letters, digits, '.', '_' and '-' only
 */
public record IncidentKey(String label, String recordKey) {

    private static final int MAX_READABLE = 64;

    static IncidentKey ofFingerprint(String fingerprint) {
        String readable = fingerprint.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.-]", "-");
        if (readable.length() > MAX_READABLE) {
            readable = digest(fingerprint);
        }
        return new IncidentKey("alert-" + readable, "alert-" + readable);
    }

    static IncidentKey ofGroup(String groupKey) {
        String digest = digest(groupKey);
        return new IncidentKey("alert-group-" + digest, "group-" + digest);
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
