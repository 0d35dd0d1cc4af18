package io.github.jiracloud.emulator.jql;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Turns a function call in a query into the value it stands for, checking it fits the field. */
final class FunctionEvaluator {

    /** Jira's "open" sprints are all that aren't completed: the active ones and those planned for later. */
    private static final Map<JqlFunction, Set<String>> SPRINT_STATES = Map.of(
            JqlFunction.OPEN_SPRINTS, Set.of("active", "future"),
            JqlFunction.CLOSED_SPRINTS, Set.of("closed"),
            JqlFunction.FUTURE_SPRINTS, Set.of("future"));

    private FunctionEvaluator() {
    }

    static OperandValue evaluate(Operand.FunctionCall call, Set<JqlFunction.Kind> acceptedKinds,
            String fieldName, JqlContext context) {
        JqlFunction function = JqlFunction.byName(call.name())
                .orElseThrow(() -> new JqlException("Unable to find JQL function '" + call.name() + "()'."));
        if (!acceptedKinds.contains(function.kind())) {
            throw new JqlException("A value provided by the function '" + function.jqlName()
                    + "' is invalid for the field '" + fieldName + "'.");
        }
        checkArgumentCount(function, call);
        return switch (function.kind()) {
            case DATE ->
                OperandValue.ordered(null, DateValues.toMinute(date(function, call, context)), call.name() + "()");
            case USER -> currentUser(context);
            case SPRINT -> sprintsInState(SPRINT_STATES.get(function), call.name());
        };
    }

    private static OperandValue currentUser(JqlContext context) {
        String accountId = context.currentUserAccountId();
        return accountId == null ? OperandValue.Matcher.NOTHING : OperandValue.named(accountId, null);
    }

    private static OperandValue sprintsInState(Set<String> states, String text) {
        return new OperandValue.Matcher(
                value -> IssueView.get(value.raw(), "state") instanceof String sprintState
                        && states.contains(sprintState.toLowerCase(Locale.ROOT)),
                text);
    }

    private static Instant date(JqlFunction function, Operand.FunctionCall call, JqlContext context) {
        ZonedDateTime now = ZonedDateTime.now(context.clock());
        if (function.calendarUnit() == null) {
            return now.toInstant();
        }
        ZonedDateTime start = startOfPeriod(now, function.calendarUnit());
        ZonedDateTime boundary = function.isEndOfPeriod()
                ? start.plus(1, function.calendarUnit()).minus(1, ChronoUnit.MILLIS)
                : start;
        if (call.arguments().isEmpty()) {
            return boundary.toInstant();
        }
        return increment(function, call, boundary).toInstant();
    }

    /** Weeks start on Monday (ISO-8601); Jira follows the user's locale, which the emulator doesn't know. */
    private static ZonedDateTime startOfPeriod(ZonedDateTime now, ChronoUnit unit) {
        ZonedDateTime day = now.toLocalDate().atStartOfDay(now.getZone());
        return switch (unit) {
            case WEEKS -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTHS -> day.with(TemporalAdjusters.firstDayOfMonth());
            case YEARS -> day.with(TemporalAdjusters.firstDayOfYear());
            default -> day;
        };
    }

    /** Jira applies the increment after rounding: {@code startOfMonth(+14d)} is the 15th of this month. */
    private static ZonedDateTime increment(JqlFunction function, Operand.FunctionCall call, ZonedDateTime boundary) {
        String increment = call.arguments().get(0).strip();
        String withUnit = increment.matches("[+-]?\\d+")
                ? increment + defaultUnitCode(function.calendarUnit())
                : increment;
        return DateValues.shiftByPeriod(withUnit, boundary).orElseThrow(() -> new JqlException(
                "The function '" + function.jqlName() + "' has an invalid increment '" + increment
                        + "'. Use a period such as '-1', '+1d' or '-2w'."));
    }

    private static String defaultUnitCode(ChronoUnit unit) {
        return switch (unit) {
            case WEEKS -> "w";
            case MONTHS -> "M";
            case YEARS -> "y";
            default -> "d";
        };
    }

    private static void checkArgumentCount(JqlFunction function, Operand.FunctionCall call) {
        int received = call.arguments().size();
        if (received <= function.maxArguments()) {
            return;
        }
        String expected = function.maxArguments() == 0
                ? "'0' arguments"
                : "between '0' and '" + function.maxArguments() + "' arguments";
        throw new JqlException("Function '" + function.jqlName() + "' expected " + expected
                + " but received '" + received + "'.");
    }
}
