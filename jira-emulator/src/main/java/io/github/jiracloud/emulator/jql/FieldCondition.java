package io.github.jiracloud.emulator.jql;

import java.util.List;
import java.util.OptionalInt;

/**
 * {@code field operator operand} compiled against one field. Follows Jira's rules for missing values:
 * negative operators ({@code !=}, {@code NOT IN}, {@code !~}, {@code IS NOT}) never match an issue where
 * the field is empty, and a multi-valued field (labels) matches {@code =} when any of its values does.
 */
final class FieldCondition implements Condition {

    private final Field field;
    private final String typedFieldName;
    private final Operator operator;
    private final Operand operand;
    private final JqlContext context;

    FieldCondition(Field field, String typedFieldName, Operator operator, Operand operand, JqlContext context) {
        this.field = field;
        this.typedFieldName = typedFieldName;
        this.operator = operator;
        this.operand = operand;
        this.context = context;
    }

    @Override
    public boolean test(IssueView issue) {
        List<FieldValue> values = field.valuesOf(issue, context);
        // Resolved per issue: relative dates and now() move with the clock between matches.
        ResolvedOperand expected = ResolvedOperand.resolve(operand, field, context, typedFieldName);
        return switch (operator) {
            case EQUALS, IN, IS -> isEmptyAndMayBe(values, expected) || anyEqual(values, expected);
            case NOT_EQUALS, NOT_IN, IS_NOT -> !values.isEmpty() && !anyEqual(values, expected);
            case LIKE -> isEmptyAndMayBe(values, expected) || anyContains(values, expected);
            case NOT_LIKE -> !values.isEmpty() && !anyContains(values, expected);
            case GREATER_THAN, GREATER_THAN_EQUALS, LESS_THAN, LESS_THAN_EQUALS -> anyInRange(values, expected);
        };
    }

    private static boolean isEmptyAndMayBe(List<FieldValue> values, ResolvedOperand expected) {
        return expected.includesEmpty() && values.isEmpty();
    }

    private static boolean anyEqual(List<FieldValue> values, ResolvedOperand expected) {
        return values.stream().anyMatch(value -> expected.values().stream().anyMatch(wanted -> wanted.matches(value)));
    }

    private static boolean anyContains(List<FieldValue> values, ResolvedOperand expected) {
        return values.stream().anyMatch(value -> expected.values().stream()
                .anyMatch(wanted -> TextSearch.matches(value.text(), wanted.text())));
    }

    private boolean anyInRange(List<FieldValue> values, ResolvedOperand expected) {
        return values.stream().anyMatch(value -> expected.values().stream().anyMatch(bound -> {
            OptionalInt comparison = ValueOrder.compare(value.order(), bound.order());
            return comparison.isPresent() && satisfies(comparison.getAsInt());
        }));
    }

    private boolean satisfies(int comparison) {
        return switch (operator) {
            case GREATER_THAN -> comparison > 0;
            case GREATER_THAN_EQUALS -> comparison >= 0;
            case LESS_THAN -> comparison < 0;
            case LESS_THAN_EQUALS -> comparison <= 0;
            default -> throw new IllegalStateException("Not a relational operator: " + operator);
        };
    }
}
