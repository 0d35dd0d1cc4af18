package io.github.jiracloud.emulator.data;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Jira's timestamp format, {@code 2026-11-28T10:15:30.123+0000}: milliseconds and an offset without a colon. */
public final class JiraTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSX")
            .withZone(ZoneOffset.UTC);

    private JiraTime() {
    }

    public static String format(Instant instant) {
        return instant == null ? null : FORMAT.format(instant);
    }

    /** The Agile API writes sprint dates as ISO-8601 in UTC, {@code 2026-11-28T10:15:30.123Z}. */
    public static String formatIso(Instant instant) {
        return instant == null ? null : ISO.format(instant);
    }
}
