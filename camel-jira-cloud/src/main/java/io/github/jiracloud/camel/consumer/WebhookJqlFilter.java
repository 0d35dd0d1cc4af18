package io.github.jiracloud.camel.consumer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a webhook's {@code jqlFilter} against the subset of JQL that Jira accepts for dynamic webhooks, so a filter
 * that Jira would refuse (or silently never match) fails when the route starts, naming the unsupported part.
 * <pre>
 * filter := condition ((AND | OR) condition)*
 * condition := "(" filter ")" | field ("=" | "!=") value | field [NOT] IN "(" value ("," value)* ")"
 * field := issueKey | project | issuetype | status | assignee | reporter | issue.property[...] | cf[id]
 * </pre>
 */
final class WebhookJqlFilter {

    static final String SUBSET = "fields issueKey, project, issuetype, status, assignee, reporter, issue.property[...] "
            + "and cf[id]; operators =, !=, IN and NOT IN; joined by AND and OR";
    private static final Set<String> FIELDS = Set.of("issuekey", "project", "issuetype", "status", "assignee",
            "reporter");
    private static final Pattern PROPERTY = Pattern.compile("(?i)issue\\.property\\[[^\\]]+\\](\\.[A-Za-z0-9_.]+)?");
    private static final Pattern CUSTOM_FIELD = Pattern.compile("(?i)cf\\[\\d+\\]");
    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])*'|!=|!~|>=|<=|[=~<>(),]|[^\\s=!~<>(),\"']+)");

    private final List<String> tokens;
    private final String jql;
    private int next;

    private WebhookJqlFilter(String jql) {
        this.jql = jql;
        this.tokens = tokenize(jql);
    }

    /** @throws IllegalArgumentException naming the first part outside the subset */
    static void check(String jql) {
        if (jql == null || jql.isBlank()) {
            return;
        }
        WebhookJqlFilter filter = new WebhookJqlFilter(jql);
        filter.filter();
        if (filter.next < filter.tokens.size()) {
            throw filter.unsupported("'" + filter.tokens.get(filter.next) + "' where AND or OR was expected");
        }
    }

    private void filter() {
        condition();
        while (next < tokens.size() && isKeyword(tokens.get(next), "AND", "OR")) {
            next++;
            condition();
        }
    }

    private void condition() {
        String token = take("a condition");
        if (token.equals("(")) {
            filter();
            expect(")");
            return;
        }
        field(token);
        String operator = take("an operator after " + token);
        if (operator.equals("=") || operator.equals("!=")) {
            value(take("a value after " + token + " " + operator));
        } else if (isKeyword(operator, "IN")) {
            list();
        } else if (isKeyword(operator, "NOT") && next < tokens.size() && isKeyword(tokens.get(next), "IN")) {
            next++;
            list();
        } else {
            throw unsupported("the operator '" + operator + "' (after " + token + ")");
        }
    }

    private void field(String token) {
        boolean supported = FIELDS.contains(token.toLowerCase(Locale.ROOT)) || PROPERTY.matcher(token).matches()
                || CUSTOM_FIELD.matcher(token).matches();
        if (!supported) {
            throw unsupported("the field '" + token + "'");
        }
    }

    private void list() {
        expect("(");
        value(take("a value in the list"));
        while (next < tokens.size() && tokens.get(next).equals(",")) {
            next++;
            value(take("a value after ','"));
        }
        expect(")");
    }

    private void value(String token) {
        if (next < tokens.size() && tokens.get(next).equals("(")) {
            throw unsupported("the function '" + token + "()'");
        }
        if (token.length() == 1 && "(),=<>~".contains(token)) {
            throw unsupported("'" + token + "' where a value was expected");
        }
    }

    private String take(String what) {
        if (next >= tokens.size()) {
            throw new IllegalArgumentException("Option jqlFilter ends where " + what + " was expected: " + jql);
        }
        return tokens.get(next++);
    }

    private void expect(String token) {
        String found = take("'" + token + "'");
        if (!found.equals(token)) {
            throw unsupported("'" + found + "' where '" + token + "' was expected");
        }
    }

    private IllegalArgumentException unsupported(String part) {
        return new IllegalArgumentException("Option jqlFilter uses " + part + ", which Jira does not support in "
                + "webhook filters (only " + SUBSET + "): " + jql);
    }

    private static boolean isKeyword(String token, String... keywords) {
        for (String keyword : keywords) {
            if (token.equalsIgnoreCase(keyword)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> tokenize(String jql) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(jql);
        int position = 0;
        while (position < jql.length() && matcher.find(position) && matcher.start() == position) {
            tokens.add(matcher.group(1));
            position = matcher.end();
        }
        if (!jql.substring(position).isBlank()) {
            throw new IllegalArgumentException(
                    "Option jqlFilter cannot be read from '" + jql.substring(position).strip()
                            + "': " + jql);
        }
        return tokens;
    }
}
