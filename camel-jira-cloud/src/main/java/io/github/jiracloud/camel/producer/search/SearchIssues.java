package io.github.jiracloud.camel.producer.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JqlQuery;
import io.github.jiracloud.camel.client.JqlSearch;
import io.github.jiracloud.camel.producer.ExchangeInputs;
import io.github.jiracloud.camel.producer.JiraAction;
import io.github.jiracloud.camel.producer.Progress;
import io.github.jiracloud.camel.producer.Results;
import org.apache.camel.Exchange;

/**
 * {@code search/jql} (also {@code issue/search}): {@code POST /rest/api/3/search/jql}. Every page as a List, or with
 * {@code streamResults=true} a lazy Iterator for a streaming split; with {@code singlePage=true} one page and the
 * token of the next in {@code CamelJiraNextPageToken}. Issues named in {@code CamelJiraReconcileIssues} are read as
 * they are now, whatever the search index says yet.
 */
public final class SearchIssues implements JiraAction {

    private static final List<String> DEFAULT_FIELDS = List.of("*navigable");

    private final JiraConfiguration configuration;

    public SearchIssues(JiraConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public void perform(Exchange exchange, JiraClient client) {
        String jql = ExchangeInputs.required(exchange, JiraConstants.JQL, configuration.getJql(), "jql");
        if (configuration.isSinglePage()) {
            onePage(exchange, client, jql);
            return;
        }
        JqlSearch search = new JqlSearch(client, query(exchange, jql), configuration.getPageSize(),
                configuration.getLimit(), null);
        // Enhanced search tells no total, so progress is the count delivered so far.
        Progress progress = new Progress("search/jql", "issues", null, configuration.getProgressInterval());
        Results.items(exchange, new ProgressIterator<>(search, progress, exchange), configuration);
    }

    private void onePage(Exchange exchange, JiraClient client, String jql) {
        String token = ExchangeInputs.optional(exchange, JiraConstants.NEXT_PAGE_TOKEN, null);
        JqlSearch page = new JqlSearch(client, query(exchange, jql), configuration.getPageSize(),
                configuration.getPageSize(), token);
        List<Map<String, Object>> issues = page.currentPage();
        exchange.getMessage().setHeader(JiraConstants.RESULT_COUNT, issues.size());
        if (page.nextPageToken() == null) {
            exchange.getMessage().removeHeader(JiraConstants.NEXT_PAGE_TOKEN);
        } else {
            exchange.getMessage().setHeader(JiraConstants.NEXT_PAGE_TOKEN, page.nextPageToken());
        }
        exchange.getMessage().setBody(issues);
    }

    private JqlQuery query(Exchange exchange, String jql) {
        return JqlQuery.of(jql).withFields(fields()).withExpand(configuration.getExpand())
                .withReconcileIssues(reconcileIssues(exchange));
    }

    /** The header's ids: a List (of numbers or numeric strings), a number, or ids separated by commas. */
    private static List<Long> reconcileIssues(Exchange exchange) {
        Object value = exchange.getMessage().getHeader(JiraConstants.RECONCILE_ISSUES);
        if (value == null) {
            return List.of();
        }
        List<String> items = ExchangeInputs.issueIdentifiers(value instanceof Number ? value.toString() : value,
                "The header " + JiraConstants.RECONCILE_ISSUES);
        if (items.size() > JqlQuery.MAX_RECONCILE_ISSUES) {
            throw new IllegalArgumentException("The header " + JiraConstants.RECONCILE_ISSUES + " has " + items.size()
                    + " issue ids; Jira reconciles at most " + JqlQuery.MAX_RECONCILE_ISSUES
                    + " per search: pass the most recent ones");
        }
        List<Long> ids = new ArrayList<>();
        for (String item : items) {
            try {
                ids.add(Long.parseLong(item));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("The header " + JiraConstants.RECONCILE_ISSUES
                        + " takes numeric issue ids (CamelJiraIssueId), not '" + item + "'");
            }
        }
        return ids;
    }

    private List<String> fields() {
        String fields = configuration.getFields();
        if (fields == null || fields.isBlank()) {
            return DEFAULT_FIELDS;
        }
        return Arrays.stream(fields.split(",")).map(String::strip).filter(f -> !f.isEmpty()).toList();
    }
}
