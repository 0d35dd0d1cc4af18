package io.github.jiracloud.camel.consumer;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** The date forms of Jira: its timestamps in results, and the minute-precision literals of JQL. */
final class JqlDates {

    private static final DateTimeFormatter JIRA_TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    private static final DateTimeFormatter JQL_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Pattern ORDER_BY = Pattern.compile("(?i)\\border\\s+by\\b");

    private JqlDates() {
    }

    /** Parses {@code 2026-11-28T10:15:30.123+0000}, Jira's timestamp form. */
    static Instant parseTimestamp(String value) {
        try {
            return OffsetDateTime.parse(value, JIRA_TIMESTAMP).toInstant();
        } catch (DateTimeParseException e) {
            return OffsetDateTime.parse(value).toInstant();
        }
    }

    /**
     * A JQL literal for the minute that contains {@code instant}, in the time zone that Jira reads JQL dates in (the
     * account's zone).
     */
    static String minuteLiteral(Instant instant, ZoneId zone) {
        return "\"" + JQL_MINUTE.format(instant.atZone(zone)) + "\"";
    }

    /** The poller orders by the watermark field itself; a query with its own ORDER BY would break that. */
    static boolean hasOrderBy(String jql) {
        String outsideQuotes = jql.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"").replaceAll("'(\\\\.|[^'\\\\])*'", "''");
        return ORDER_BY.matcher(outsideQuotes).find();
    }
}
