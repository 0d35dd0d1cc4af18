package io.github.jiracloud.emulator.jql;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParserTest {

    private static Clause where(String jql) {
        return Parser.parse(jql).where();
    }

    private static Clause.Terminal terminal(String field, Operator operator, Operand operand) {
        return new Clause.Terminal(field, 0, operator, operand);
    }

    /** Renders a tree compactly so precedence tests read like the query: (a & (b | c)). */
    private static String shape(Clause clause) {
        if (clause instanceof Clause.And and) {
            return "(" + String.join(" & ", and.clauses().stream().map(ParserTest::shape).toList()) + ")";
        }
        if (clause instanceof Clause.Or or) {
            return "(" + String.join(" | ", or.clauses().stream().map(ParserTest::shape).toList()) + ")";
        }
        if (clause instanceof Clause.Not not) {
            return "!" + shape(not.clause());
        }
        return ((Clause.Terminal) clause).field();
    }

    @Test
    void andBindsTighterThanOr() {
        assertThat(shape(where("a = 1 OR b = 2 AND c = 3"))).isEqualTo("(a | (b & c))");
        assertThat(shape(where("a = 1 AND b = 2 OR c = 3"))).isEqualTo("((a & b) | c)");
    }

    @Test
    void notBindsTighterThanAnd() {
        assertThat(shape(where("NOT a = 1 AND b = 2"))).isEqualTo("(!a & b)");
        assertThat(shape(where("not not a = 1"))).isEqualTo("!!a");
    }

    @Test
    void parenthesesGroup() {
        assertThat(shape(where("(a = 1 OR b = 2) AND NOT (c = 3 OR d = 4)"))).isEqualTo("((a | b) & !(c | d))");
        assertThat(shape(where("((a = 1))"))).isEqualTo("a");
    }

    @Test
    void symbolsAndKeywordsAreCaseInsensitive() {
        assertThat(shape(where("a = 1 && b = 2 || !c = 3"))).isEqualTo("((a & b) | !c)");
        assertThat(shape(where("a = 1 and b = 2 Or c = 3"))).isEqualTo("((a & b) | c)");
    }

    @Test
    void readsEveryOperator() {
        assertThat(where("f = v")).isEqualTo(terminal("f", Operator.EQUALS, new Operand.Value("v", false, 4)));
        assertThat(((Clause.Terminal) where("f not in (a)")).operator()).isEqualTo(Operator.NOT_IN);
        assertThat(((Clause.Terminal) where("f IN (a)")).operator()).isEqualTo(Operator.IN);
        assertThat(((Clause.Terminal) where("f is empty")).operator()).isEqualTo(Operator.IS);
        assertThat(((Clause.Terminal) where("f IS NOT null")).operator()).isEqualTo(Operator.IS_NOT);
        assertThat(((Clause.Terminal) where("f !~ x")).operator()).isEqualTo(Operator.NOT_LIKE);
    }

    @Test
    void readsOperands() {
        assertThat(((Clause.Terminal) where("f = EMPTY")).operand()).isEqualTo(new Operand.Empty());
        assertThat(((Clause.Terminal) where("f = \"EMPTY\"")).operand()).isEqualTo(new Operand.Value("EMPTY", true, 4));
        assertThat(((Clause.Terminal) where("f = startOfDay(-1d)")).operand())
                .isEqualTo(new Operand.FunctionCall("startOfDay", List.of("-1d"), 4));
        assertThat(((Clause.Terminal) where("f in (a, 'b c', currentUser(), EMPTY)")).operand())
                .isEqualTo(new Operand.ValueList(List.of(
                        new Operand.Value("a", false, 6), new Operand.Value("b c", true, 9),
                        new Operand.FunctionCall("currentUser", List.of(), 16), new Operand.Empty())));
    }

    @Test
    void quotedFieldNamesAreFields() {
        assertThat(((Clause.Terminal) where("\"Story Points\" > 3")).field()).isEqualTo("Story Points");
    }

    @Test
    void readsOrderBy() {
        ParsedQuery query = Parser.parse("project = OPS ORDER BY priority DESC, key asc, created");
        assertThat(query.orderBy()).containsExactly(
                new SortItem("priority", 23, true), new SortItem("key", 38, false), new SortItem("created", 47, false));
    }

    @Test
    void emptyQueryAndOrderByOnlyHaveNoWhereClause() {
        assertThat(Parser.parse("").where()).isNull();
        assertThat(Parser.parse("   ").orderBy()).isEmpty();
        ParsedQuery orderOnly = Parser.parse("order by key");
        assertThat(orderOnly.where()).isNull();
        assertThat(orderOnly.orderBy()).hasSize(1);
    }

    @Test
    void reportsAMissingClosingParenthesis() {
        assertThatThrownBy(() -> Parser.parse("(project = OPS"))
                .isInstanceOf(JqlException.class)
                .hasMessage("Error in the JQL Query: Expecting ')' before the end of the query.");
        assertThatThrownBy(() -> Parser.parse("key in (A, B"))
                .hasMessage("Error in the JQL Query: Expecting ')' before the end of the query.");
    }

    @Test
    void reportsAnExtraClosingParenthesis() {
        assertThatThrownBy(() -> Parser.parse("project = OPS)"))
                .hasMessage(
                        "Error in the JQL Query: Expecting either 'OR' or 'AND' but got ')'. (line 1, character 14)");
    }

    @Test
    void reportsAMissingOperand() {
        assertThatThrownBy(() -> Parser.parse("project ="))
                .hasMessage(
                        "Error in the JQL Query: Expecting either a value, list or function before the end of "
                                + "the query.");
        assertThatThrownBy(() -> Parser.parse("project = AND status = Done"))
                .hasMessage("Error in the JQL Query: 'AND' is a reserved JQL word. "
                        + "You must surround it in quotation marks to use it in a query. (line 1, character 11)");
        assertThatThrownBy(() -> Parser.parse("key in ()"))
                .hasMessage(
                        "Error in the JQL Query: Expecting either a value, list or function but got ')'. (line "
                                + "1, character 9)");
    }

    @Test
    void reportsAMissingOrUnknownOperator() {
        assertThatThrownBy(() -> Parser.parse("project"))
                .hasMessageStartingWith("Error in the JQL Query: Expecting operator before the end of the query.");
        assertThatThrownBy(() -> Parser.parse("project OPS"))
                .hasMessageStartingWith(
                        "Error in the JQL Query: Expecting operator but got 'OPS'. The valid operators are");
        assertThatThrownBy(() -> Parser.parse("status was Done"))
                .hasMessageContaining("'WAS' is not supported");
        assertThatThrownBy(() -> Parser.parse("key not x"))
                .hasMessage("Error in the JQL Query: Expecting 'IN' but got 'x'. (line 1, character 9)");
    }

    @Test
    void reportsAMissingFieldOrTrailingJunk() {
        assertThatThrownBy(() -> Parser.parse("project = OPS AND"))
                .hasMessage("Error in the JQL Query: Expecting a field name before the end of the query.");
        assertThatThrownBy(() -> Parser.parse("project = OPS status = Done"))
                .hasMessage(
                        "Error in the JQL Query: Expecting either 'OR' or 'AND' but got 'status'. (line 1, "
                                + "character 15)");
        assertThatThrownBy(() -> Parser.parse("= OPS"))
                .hasMessage("Error in the JQL Query: Expecting a field name but got '='. (line 1, character 1)");
    }

    @Test
    void reportsBadOrderBy() {
        assertThatThrownBy(() -> Parser.parse("project = OPS ORDER key"))
                .hasMessage("Error in the JQL Query: Expecting 'BY' but got 'key'. (line 1, character 21)");
        assertThatThrownBy(() -> Parser.parse("ORDER BY"))
                .hasMessage("Error in the JQL Query: Expecting a field name before the end of the query.");
        assertThatThrownBy(() -> Parser.parse("ORDER BY key sideways"))
                .hasMessage("Error in the JQL Query: Expecting ',' but got 'sideways'. (line 1, character 14)");
    }

    @Test
    void reportsBadFunctionCalls() {
        assertThatThrownBy(() -> Parser.parse("created > startOfDay(-1d"))
                .hasMessage("Error in the JQL Query: Expecting ')' before the end of the query.");
        assertThatThrownBy(() -> Parser.parse("created > startOfDay(,)"))
                .hasMessageContaining("Expecting a function argument but got ','");
    }
}
