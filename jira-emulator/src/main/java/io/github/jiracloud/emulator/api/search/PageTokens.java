package io.github.jiracloud.emulator.api.search;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code nextPageToken}s of {@code /search/jql}. The first page freezes the ordered list of matching issue ids;
 * later pages slice that list. So paging is stable while issues are created or re-sorted concurrently: nothing
 * is skipped or repeated. Tokens are opaque to clients and expire after seven days, as Jira's do.
 */
final class PageTokens {

    /** The frozen result of one search. */
    record Snapshot(String jql, List<Long> issueIds, Instant created) {
    }

    /** Where a token points: which search, and the position of the next page in it. */
    record Position(Snapshot snapshot, int offset) {
    }

    private static final Duration LIFETIME = Duration.ofDays(7);
    /** Bounded, so a long benchmark of abandoned searches can't exhaust memory; the oldest go first. */
    private static final int MAX_SNAPSHOTS = 2000;

    private final Clock clock;
    private final Map<String, Snapshot> snapshots = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Snapshot> eldest) {
            return size() > MAX_SNAPSHOTS;
        }
    };

    PageTokens(Clock clock) {
        this.clock = clock;
    }

    /** A new search's token for the page at {@code offset}. */
    synchronized String first(String jql, List<Long> issueIds, int offset) {
        String snapshotId = UUID.randomUUID().toString();
        snapshots.put(snapshotId, new Snapshot(jql, List.copyOf(issueIds), clock.instant()));
        return encode(snapshotId, offset);
    }

    /** The token of a later page of the same search. */
    String next(String previousToken, int offset) {
        return encode(decode(previousToken)[0], offset);
    }

    synchronized Optional<Position> resolve(String token) {
        String[] parts = decode(token);
        if (parts == null) {
            return Optional.empty();
        }
        Snapshot snapshot = snapshots.get(parts[0]);
        if (snapshot == null || snapshot.created().plus(LIFETIME).isBefore(clock.instant())) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Position(snapshot, Integer.parseInt(parts[1])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String encode(String snapshotId, int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((snapshotId + ":" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static String[] decode(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split(":");
            return parts.length == 2 ? parts : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
