package io.github.jiracloud.emulator.jql;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A parsed and validated JQL query, ready to filter and sort issues. Immutable and thread-safe; relative
 * dates such as {@code -5d} are evaluated against the context clock each time {@link #matches} runs.
 */
public final class JqlQuery {

    private final String jql;
    private final Condition where;
    private final Comparator<Map<String, Object>> ordering;
    private final List<String> referencedFields;

    JqlQuery(String jql, Condition where, Comparator<Map<String, Object>> ordering, List<String> referencedFields) {
        this.jql = jql;
        this.where = where;
        this.ordering = ordering;
        this.referencedFields = referencedFields;
    }

    /**
     * Whether the issue satisfies the WHERE clause; always true for an empty query or one with only ORDER BY.
     *
     * @param issueJson the issue as {@code GET /rest/api/3/issue/{key}} returns it
     * @param issueProperties the issue's properties by key, for {@code issue.property[key]} clauses; may be null
     */
    public boolean matches(Map<String, Object> issueJson, Map<String, Object> issueProperties) {
        return where == null || where.test(new IssueView(issueJson, issueProperties));
    }

    /**
     * The ORDER BY order over issue JSON, ties broken by id; {@code created DESC, id DESC} when the query
     * has no ORDER BY. Issue properties are not available to it, so they can't be sorted by.
     */
    public Comparator<Map<String, Object>> ordering() {
        return ordering;
    }

    /**
     * The fields the WHERE clause names, each once, in order of appearance, by canonical lower-case name:
     * aliases are resolved ({@code key}, {@code id} and {@code issue} are {@code issuekey}; {@code type} is
     * {@code issuetype}), custom fields are {@code customfield_NNNNN} however they were written, and
     * issue properties are {@code issue.property[key].path} with the key and path as written.
     */
    public List<String> referencedFields() {
        return referencedFields;
    }

    public String jql() {
        return jql;
    }

    @Override
    public String toString() {
        return jql;
    }
}
