package io.github.jiracloud.emulator.jql;

import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/** Date and date-time fields: created, updated, resolved, due date. Compared by the minute. */
final class DateValueType implements ValueType {

    static final DateValueType INSTANCE = new DateValueType();

    private DateValueType() {
    }

    @Override
    public Set<Operator> operators() {
        Set<Operator> operators = EnumSet.copyOf(Operator.EQUALITY);
        operators.addAll(Operator.RELATIONAL);
        return operators;
    }

    @Override
    public Set<JqlFunction.Kind> functionKinds() {
        return Set.of(JqlFunction.Kind.DATE);
    }

    @Override
    public FieldValue toFieldValue(Object raw, JqlContext context) {
        if (!(raw instanceof String timestamp)) {
            return null;
        }
        return DateValues.parseIssueTimestamp(timestamp, context.zone())
                .map(instant -> new FieldValue(Set.of(), DateValues.toMinute(instant), timestamp, raw))
                .orElse(null);
    }

    @Override
    public OperandValue literal(String text, String fieldName, JqlContext context) {
        ZonedDateTime now = ZonedDateTime.now(context.clock());
        return OperandValue.ordered(null, DateValues.requireLiteral(text, fieldName, now), text);
    }

    /** Sorting uses the full timestamp: minute precision is a query rule, not an ordering rule. */
    @Override
    public Comparable<?> sortKey(Object raw, JqlContext context) {
        return raw instanceof String timestamp
                ? DateValues.parseIssueTimestamp(timestamp, context.zone()).orElse(null)
                : null;
    }
}
