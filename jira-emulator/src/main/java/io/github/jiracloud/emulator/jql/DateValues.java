package io.github.jiracloud.emulator.jql;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as JQL writes them and as issues store them.
 *
 * <p>JQL dates have minute precision: every date, in a query or on an issue, is cut to its minute before
 * comparing, so {@code updated >= "2026-11-28 10:15"} includes 10:15:00.000 onward and
 * {@code updated = "2026-11-28 10:15"} matches the whole minute. Literals without an offset are read in
 * the context clock's zone (UTC unless the caller chooses another), as Jira reads them in the user's zone.
 */
final class DateValues {

    static final String VALID_FORMATS = "Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', "
            + "'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.";

    private static final Pattern ABSOLUTE = Pattern
            .compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:\\s+(\\d{1,2}):(\\d{2}))?");
    private static final Pattern PERIOD = Pattern.compile("([+-])?\\s*((?:\\d+\\s*[yYMwWdDhHm]\\s*)+)");
    private static final Pattern PERIOD_PART = Pattern.compile("(\\d+)\\s*([yYMwWdDhHm])");
    private static final DateTimeFormatter JIRA_TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSZ");
    private static final Pattern LOOKS_LIKE_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

    private DateValues() {
    }

    /** A date literal, absolute or relative to {@code now}, cut to its minute; empty if it is not a date. */
    static Optional<Instant> parseLiteral(String text, ZonedDateTime now) {
        String trimmed = text.strip();
        Optional<Instant> absolute = parseAbsolute(trimmed, now.getZone());
        if (absolute.isPresent()) {
            return absolute;
        }
        return shiftByPeriod(trimmed, now).map(shifted -> toMinute(shifted.toInstant()));
    }

    /** Like {@link #parseLiteral}, but a value that is not a date is an error naming the field. */
    static Instant requireLiteral(String text, String fieldName, ZonedDateTime now) {
        return parseLiteral(text, now).orElseThrow(() -> new JqlException(
                "Date value '" + text + "' for field '" + fieldName + "' is invalid. " + VALID_FORMATS));
    }

    /**
     * A timestamp as issues hold it, e.g. {@code 2026-11-28T10:15:30.123+0000}, any ISO-8601 offset
     * date-time, or a plain date such as a due date (its start of day in {@code zone}).
     */
    static Optional<Instant> parseIssueTimestamp(String text, ZoneId zone) {
        if (!LOOKS_LIKE_DATE.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            if (text.length() == 10) {
                return Optional.of(LocalDate.parse(text).atStartOfDay(zone).toInstant());
            }
            return Optional.of(OffsetDateTime.parse(text, JIRA_TIMESTAMP).toInstant());
        } catch (DateTimeParseException notJiraStyle) {
            return parseIsoTimestamp(text);
        }
    }

    private static Optional<Instant> parseIsoTimestamp(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Instant toMinute(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MINUTES);
    }

    /**
     * Moves {@code base} by a JQL period such as {@code -5d}, {@code 4w 2d} or {@code +1M}; the sign covers
     * the whole period. Units: y years, M months, w weeks, d days, h hours, m minutes.
     */
    static Optional<ZonedDateTime> shiftByPeriod(String period, ZonedDateTime base) {
        Matcher matcher = PERIOD.matcher(period.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int sign = "-".equals(matcher.group(1)) ? -1 : 1;
        ZonedDateTime result = base;
        Matcher part = PERIOD_PART.matcher(matcher.group(2));
        try {
            while (part.find()) {
                long amount = sign * Long.parseLong(part.group(1));
                result = result.plus(amount, unit(part.group(2).charAt(0)));
            }
        } catch (ArithmeticException | DateTimeException | NumberFormatException outOfRange) {
            return Optional.empty();
        }
        return Optional.of(result);
    }

    private static ChronoUnit unit(char code) {
        return switch (code) {
            case 'y', 'Y' -> ChronoUnit.YEARS;
            case 'M' -> ChronoUnit.MONTHS;
            case 'w', 'W' -> ChronoUnit.WEEKS;
            case 'd', 'D' -> ChronoUnit.DAYS;
            case 'h', 'H' -> ChronoUnit.HOURS;
            default -> ChronoUnit.MINUTES;
        };
    }

    private static Optional<Instant> parseAbsolute(String text, ZoneId zone) {
        Matcher matcher = ABSOLUTE.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            LocalDateTime dateTime = LocalDateTime.of(
                    Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)),
                    matcher.group(4) == null ? 0 : Integer.parseInt(matcher.group(4)),
                    matcher.group(5) == null ? 0 : Integer.parseInt(matcher.group(5)));
            return Optional.of(dateTime.atZone(zone).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
