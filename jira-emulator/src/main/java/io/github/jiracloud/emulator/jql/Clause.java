package io.github.jiracloud.emulator.jql;

import java.util.List;

/** The WHERE part of a query as the parser read it: field names are still the names the user typed. */
sealed interface Clause {

    record And(List<Clause> clauses) implements Clause {
    }

    record Or(List<Clause> clauses) implements Clause {
    }

    record Not(Clause clause) implements Clause {
    }

    /** {@code field operator operand}, e.g. {@code project = OPS}. */
    record Terminal(String field, int fieldOffset, Operator operator, Operand operand) implements Clause {
    }
}
