package io.github.jiracloud.emulator.jql;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Custom fields and issue properties, whose type the emulator doesn't know in advance: each value is
 * read for what it is. Numbers compare as numbers (5 equals 5.0), date-shaped strings as dates, other
 * strings as case-insensitive text, and objects (select options, users) by their identifiers.
 */
final class DynamicValueType implements ValueType {

    static final DynamicValueType INSTANCE = new DynamicValueType();

    private DynamicValueType() {
    }

    @Override
    public Set<Operator> operators() {
        return EnumSet.allOf(Operator.class);
    }

    @Override
    public Set<JqlFunction.Kind> functionKinds() {
        return Set.of(JqlFunction.Kind.DATE, JqlFunction.Kind.USER);
    }

    @Override
    public FieldValue toFieldValue(Object raw, JqlContext context) {
        if (raw instanceof Map<?, ?>) {
            return NamedValueType.PLAIN.toFieldValue(raw, context);
        }
        if (raw instanceof Number number) {
            Optional<BigDecimal> decimal = decimal(number.toString());
            return decimal.map(value -> new FieldValue(Set.of(plain(value)), value, plain(value), raw)).orElse(null);
        }
        if (raw == null || raw.toString().isBlank()) {
            return null;
        }
        String text = raw.toString();
        return new FieldValue(Set.of(text.toLowerCase(Locale.ROOT)), order(text, context), text, raw);
    }

    @Override
    public OperandValue literal(String text, String fieldName, JqlContext context) {
        Optional<BigDecimal> number = decimal(text);
        if (number.isPresent()) {
            return OperandValue.ordered(plain(number.get()), number.get(), text);
        }
        Optional<Instant> date = DateValues.parseLiteral(text, ZonedDateTime.now(context.clock()));
        if (date.isPresent()) {
            return OperandValue.ordered(text.toLowerCase(Locale.ROOT), date.get(), text);
        }
        return OperandValue.named(text, text.toLowerCase(Locale.ROOT));
    }

    @Override
    public Comparable<?> sortKey(Object raw, JqlContext context) {
        FieldValue value = toFieldValue(raw, context);
        if (value == null) {
            return null;
        }
        return value.order() != null ? value.order() : value.text().toLowerCase(Locale.ROOT);
    }

    private static Comparable<?> order(String text, JqlContext context) {
        Optional<Instant> date = DateValues.parseIssueTimestamp(text, context.zone());
        if (date.isPresent()) {
            return DateValues.toMinute(date.get());
        }
        return text.toLowerCase(Locale.ROOT);
    }

    private static Optional<BigDecimal> decimal(String text) {
        String trimmed = text.strip();
        if (!trimmed.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(trimmed));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
