package io.github.jiracloud.emulator.data;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jira's time-tracking durations such as {@code 1w 2d 3h 30m}, with the site defaults of an 8-hour day and a
 * 5-day week. A bare number is minutes; fractions such as {@code 1.5h} are allowed, as in Jira.
 */
public final class Durations {

    private static final long MINUTE = 60;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 8 * HOUR;
    private static final long WEEK = 5 * DAY;
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([wdhm]?)", Pattern.CASE_INSENSITIVE);

    private Durations() {
    }

    /** @return the seconds, or empty when the text is not a duration */
    public static OptionalLong parse(String text) {
        if (text == null || text.isBlank()) {
            return OptionalLong.empty();
        }
        Matcher matcher = PART.matcher(text.strip());
        BigDecimal seconds = BigDecimal.ZERO;
        int end = 0;
        while (matcher.find()) {
            if (!text.strip().substring(end, matcher.start()).isBlank()) {
                return OptionalLong.empty();
            }
            seconds = seconds
                    .add(new BigDecimal(matcher.group(1)).multiply(BigDecimal.valueOf(unit(matcher.group(2)))));
            end = matcher.end();
        }
        if (end == 0 || !text.strip().substring(end).isBlank()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(seconds.longValue());
    }

    /** As Jira writes time spent and estimates: {@code 3h 20m}, {@code 1w 2d}, {@code 0m}. */
    public static String format(long seconds) {
        long rest = Math.max(0, seconds);
        StringBuilder text = new StringBuilder();
        rest = append(text, rest, WEEK, "w");
        rest = append(text, rest, DAY, "d");
        rest = append(text, rest, HOUR, "h");
        append(text, rest, MINUTE, "m");
        return text.length() == 0 ? "0m" : text.toString();
    }

    private static long append(StringBuilder text, long seconds, long unit, String suffix) {
        if (seconds >= unit) {
            text.append(text.length() == 0 ? "" : " ").append(seconds / unit).append(suffix);
        }
        return seconds % unit;
    }

    private static long unit(String suffix) {
        return switch (suffix.toLowerCase(Locale.ROOT)) {
            case "w" -> WEEK;
            case "d" -> DAY;
            case "h" -> HOUR;
            default -> MINUTE;
        };
    }
}
