package io.github.jiracloud.emulator.jql;

import java.util.Locale;
import java.util.function.Predicate;

/** One value an operand stands for, resolved against the field it is compared with. */
sealed interface OperandValue {

    /** Whether a field value equals this operand value, for {@code =}, {@code IN} and their negations. */
    boolean matches(FieldValue value);

    /** What {@code <}, {@code >} compare against; null when the value has no order for this field. */
    Comparable<?> order();

    /** What {@code ~} searches for. */
    String text();

    /** A value equal to field values spelled the same; {@code order} serves only {@code <} and {@code >}. */
    static Literal named(String text, Comparable<?> order) {
        return new Literal(text.toLowerCase(Locale.ROOT), order, text, false);
    }

    /**
     * A value that also equals field values at the same place in the order: a date equals every time in
     * its minute, and 5 equals 5.0. (Not so for priorities, whose ranks are shared: Highest is not Blocker.)
     */
    static Literal ordered(String name, Comparable<?> order, String text) {
        return new Literal(name, order, text, true);
    }

    /** A value that is only searched for, by {@code ~}. */
    static Literal searchText(String text) {
        return new Literal(null, null, text, false);
    }

    /** A value from the query's text, resolved for its field. */
    record Literal(String name, Comparable<?> order, String text, boolean equalWhenOrderEqual)
            implements
                OperandValue {
        @Override
        public boolean matches(FieldValue value) {
            if (name != null && value.names().contains(name)) {
                return true;
            }
            return equalWhenOrderEqual && ValueOrder.compare(value.order(), order).orElse(1) == 0;
        }
    }

    /** A value given by a test rather than a name, such as a function's "any open sprint". */
    record Matcher(Predicate<FieldValue> test, String text) implements OperandValue {
        static final Matcher NOTHING = new Matcher(value -> false, "");

        @Override
        public boolean matches(FieldValue value) {
            return test.test(value);
        }

        @Override
        public Comparable<?> order() {
            return null;
        }
    }
}
