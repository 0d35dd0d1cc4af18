package io.github.jiracloud.emulator.data;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The attachments of a site. An issue keeps its attachments (content included) in its {@code attachment} field, so
 * they live and die with it; this class numbers them, finds an attachment's issue by id, and signs the short-lived
 * media links that {@code /attachment/content/{id}} redirects to, which work without the caller's credentials, like
 * Atlassian's media service.
 */
public final class Attachments {

    public static final String FIELD = "attachment";

    private final AtomicLong nextId = new AtomicLong(10000);
    private final Map<Long, Long> issueIds = new ConcurrentHashMap<>();
    private final byte[] mediaKey = new byte[32];

    public Attachments() {
        new SecureRandom().nextBytes(mediaKey);
    }

    public long nextId() {
        return nextId.getAndIncrement();
    }

    public void indexed(long attachmentId, long issueId) {
        issueIds.put(attachmentId, issueId);
    }

    /** The issue an attachment was added to; the issue may since have been deleted. */
    public Optional<Long> issueOf(long attachmentId) {
        return Optional.ofNullable(issueIds.get(attachmentId));
    }

    @SuppressWarnings("unchecked")
    public static List<StoredAttachment> of(StoredIssue issue) {
        return issue.field(FIELD) instanceof List<?> list ? (List<StoredAttachment>) list : List.of();
    }

    public static StoredIssue with(StoredIssue issue, List<StoredAttachment> attachments) {
        return issue.withField(FIELD, attachments.isEmpty() ? null : List.copyOf(attachments));
    }

    /** A token for downloading one attachment until {@code expires}. */
    public String mediaToken(long attachmentId, Instant expires) {
        return expires.getEpochSecond() + "." + signature(attachmentId, expires.getEpochSecond());
    }

    public boolean validMediaToken(long attachmentId, String token, Instant now) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot < 0) {
            return false;
        }
        try {
            long expires = Long.parseLong(token.substring(0, dot));
            byte[] expected = signature(attachmentId, expires).getBytes(StandardCharsets.US_ASCII);
            byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
            return MessageDigest.isEqual(expected, given) && now.getEpochSecond() <= expires;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String signature(long attachmentId, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(mediaKey, "HmacSHA256"));
            byte[] digest = mac.doFinal((attachmentId + ":" + expires).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
