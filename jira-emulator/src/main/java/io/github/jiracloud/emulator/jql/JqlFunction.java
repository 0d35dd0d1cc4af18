package io.github.jiracloud.emulator.jql;

import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;

/** The JQL functions the emulator knows, grouped by what kind of value they produce. */
enum JqlFunction {
    NOW("now", Kind.DATE, null, false), START_OF_DAY("startOfDay", Kind.DATE, ChronoUnit.DAYS, false), END_OF_DAY(
            "endOfDay", Kind.DATE, ChronoUnit.DAYS,
            true), START_OF_WEEK("startOfWeek", Kind.DATE, ChronoUnit.WEEKS, false), END_OF_WEEK("endOfWeek", Kind.DATE,
                    ChronoUnit.WEEKS, true), START_OF_MONTH("startOfMonth", Kind.DATE, ChronoUnit.MONTHS,
                            false), END_OF_MONTH("endOfMonth", Kind.DATE, ChronoUnit.MONTHS, true), START_OF_YEAR(
                                    "startOfYear", Kind.DATE, ChronoUnit.YEARS,
                                    false), END_OF_YEAR("endOfYear", Kind.DATE, ChronoUnit.YEARS, true), CURRENT_USER(
                                            "currentUser", Kind.USER, null, false), OPEN_SPRINTS("openSprints",
                                                    Kind.SPRINT, null, false), CLOSED_SPRINTS("closedSprints",
                                                            Kind.SPRINT, null, false), FUTURE_SPRINTS("futureSprints",
                                                                    Kind.SPRINT, null, false);

    /** What a function's values are, which decides the fields it can be used with. */
    enum Kind {
        DATE, USER, SPRINT
    }

    private final String jqlName;
    private final Kind kind;
    private final ChronoUnit calendarUnit;
    private final boolean endOfPeriod;

    JqlFunction(String jqlName, Kind kind, ChronoUnit calendarUnit, boolean endOfPeriod) {
        this.jqlName = jqlName;
        this.kind = kind;
        this.calendarUnit = calendarUnit;
        this.endOfPeriod = endOfPeriod;
    }

    /** Function names are case-insensitive in Jira. */
    static Optional<JqlFunction> byName(String name) {
        return Arrays.stream(values()).filter(function -> function.jqlName.equalsIgnoreCase(name)).findFirst();
    }

    String jqlName() {
        return jqlName;
    }

    Kind kind() {
        return kind;
    }

    /** The period a startOf/endOf function rounds to, or null for functions without one. */
    ChronoUnit calendarUnit() {
        return calendarUnit;
    }

    boolean isEndOfPeriod() {
        return endOfPeriod;
    }

    /** startOf/endOf functions take an optional increment, e.g. {@code startOfDay(-1)}; others take none. */
    int maxArguments() {
        return calendarUnit == null ? 0 : 1;
    }
}
