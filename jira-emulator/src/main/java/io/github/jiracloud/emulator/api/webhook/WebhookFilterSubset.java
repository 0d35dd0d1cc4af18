package io.github.jiracloud.emulator.api.webhook;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subset of JQL Jira accepts in a dynamic webhook's {@code jqlFilter}: the fields issueKey, project, issuetype,
 * status, assignee, reporter, issue.property[...] and cf[id], the operators =, !=, IN and NOT IN, and AND / OR.
 */
final class WebhookFilterSubset {

    private static final Set<String> FIELDS = Set.of("issuekey", "project", "issuetype", "status", "assignee",
            "reporter");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "in", "not");
    private static final Pattern FIELD_FORMS = Pattern
            .compile("(?i)issue\\.property\\[[^\\]]+\\](\\.[\\w.]+)?|cf\\[\\d+\\]");
    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])*'|!=|!~|>=|<=|[=~<>(),]|[^\\s=!~<>(),\"']+)");

    private WebhookFilterSubset() {
    }

    /** Why Jira would refuse the filter, or empty when it is inside the subset. */
    static Optional<String> problem(String jql) {
        Matcher matcher = TOKEN.matcher(jql);
        String previous = "";
        int position = 0;
        while (position < jql.length() && matcher.find(position) && matcher.start() == position) {
            String token = matcher.group(1);
            position = matcher.end();
            String lower = token.toLowerCase(Locale.ROOT);
            if (Set.of("~", "!~", ">", "<", ">=", "<=").contains(token)
                    || Set.of("is", "was", "changed", "order").contains(lower)) {
                return Optional.of("The operator '" + token + "' is not supported in webhook JQL filters.");
            }
            if (token.equals("(") && !previous.isEmpty() && !KEYWORDS.contains(previous.toLowerCase(Locale.ROOT))
                    && !previous.equals("(") && !previous.equals(",")) {
                return Optional.of("Functions like '" + previous + "()' are not supported in webhook JQL filters.");
            }
            if (isOperator(token) && !isField(previous) && !(lower.equals("in") && previous.equalsIgnoreCase("not"))) {
                return Optional.of("The field '" + previous + "' is not supported in webhook JQL filters.");
            }
            previous = token;
        }
        return jql.substring(position).isBlank()
                ? Optional.empty()
                : Optional.of("The JQL filter cannot be parsed near '" + jql.substring(position).strip() + "'.");
    }

    private static boolean isOperator(String token) {
        return token.equals("=") || token.equals("!=") || token.equalsIgnoreCase("in") || token.equalsIgnoreCase("not");
    }

    private static boolean isField(String token) {
        return FIELDS.contains(token.toLowerCase(Locale.ROOT)) || FIELD_FORMS.matcher(token).matches();
    }
}
