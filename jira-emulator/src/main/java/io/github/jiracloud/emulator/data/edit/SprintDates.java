package io.github.jiracloud.emulator.data.edit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;

/**
 * Reads the dates of a sprint request as Jira does: ISO-8601 with or without an offset ({@code +10:00},
 * {@code +1000}, {@code Z}), or a bare date. Without an offset the time is read as UTC, the emulator's zone.
 */
final class SprintDates {

    private static final DateTimeFormatter WITH_OFFSET = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();

    private SprintDates() {
    }

    /** @return null for a missing value */
    static Instant read(Object value, String field, FieldErrors.Collector errors) {
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            var parsed = WITH_OFFSET.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
            return parsed instanceof OffsetDateTime offset
                    ? offset.toInstant()
                    : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            errors.add(field,
                    "The date '" + text + "' is not valid. Use ISO-8601, e.g. 2026-04-11T15:22:00.000+10:00.");
            return null;
        }
    }
}
