package io.github.jiracloud.emulator.jql;

import java.util.EnumSet;
import java.util.Set;

/** A JQL comparison operator, spelled as Jira spells it in error messages. */
enum Operator {
    EQUALS("="), NOT_EQUALS("!="), GREATER_THAN(">"), GREATER_THAN_EQUALS(">="), LESS_THAN("<"), LESS_THAN_EQUALS(
            "<="), LIKE("~"), NOT_LIKE("!~"), IN("in"), NOT_IN("not in"), IS("is"), IS_NOT("is not");

    static final Set<Operator> EQUALITY = EnumSet.of(EQUALS, NOT_EQUALS, IN, NOT_IN, IS, IS_NOT);
    static final Set<Operator> RELATIONAL = EnumSet.of(GREATER_THAN, GREATER_THAN_EQUALS, LESS_THAN, LESS_THAN_EQUALS);
    static final Set<Operator> TEXT = EnumSet.of(LIKE, NOT_LIKE, IS, IS_NOT);

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    String symbol() {
        return symbol;
    }

    static Operator fromSymbol(String symbol) {
        for (Operator operator : values()) {
            if (operator.symbol.equals(symbol)) {
                return operator;
            }
        }
        throw new IllegalArgumentException("Not a JQL operator: " + symbol);
    }

    /**
     * The operator that selects the complement among issues that have a value. Jira evaluates
     * {@code NOT} by pushing it down to the clauses (De Morgan), so {@code NOT assignee = bob} behaves
     * like {@code assignee != bob} and, like it, skips unassigned issues.
     */
    Operator negated() {
        return switch (this) {
            case EQUALS -> NOT_EQUALS;
            case NOT_EQUALS -> EQUALS;
            case GREATER_THAN -> LESS_THAN_EQUALS;
            case GREATER_THAN_EQUALS -> LESS_THAN;
            case LESS_THAN -> GREATER_THAN_EQUALS;
            case LESS_THAN_EQUALS -> GREATER_THAN;
            case LIKE -> NOT_LIKE;
            case NOT_LIKE -> LIKE;
            case IN -> NOT_IN;
            case NOT_IN -> IN;
            case IS -> IS_NOT;
            case IS_NOT -> IS;
        };
    }

    boolean isRelational() {
        return RELATIONAL.contains(this);
    }

    boolean takesList() {
        return this == IN || this == NOT_IN;
    }

    boolean takesOnlyEmpty() {
        return this == IS || this == IS_NOT;
    }
}
