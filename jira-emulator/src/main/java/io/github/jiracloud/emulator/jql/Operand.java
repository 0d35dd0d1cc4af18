package io.github.jiracloud.emulator.jql;

import java.util.List;

/** The right-hand side of a clause, as written; its meaning depends on the field it is compared with. */
sealed interface Operand {

    /** A bare word or quoted string; {@code quoted} keeps "EMPTY" (a value) apart from EMPTY (no value). */
    record Value(String text, boolean quoted, int offset) implements Operand {
    }

    /** A call such as {@code startOfDay(-1d)}; arguments stay text, each function reads its own. */
    record FunctionCall(String name, List<String> arguments, int offset) implements Operand {
    }

    /** A parenthesised list, as used with IN and NOT IN. */
    record ValueList(List<Operand> items) implements Operand {
    }

    /** EMPTY or NULL. */
    record Empty() implements Operand {
    }
}
