package io.github.jiracloud.camel.producer;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JqlSearch;
import org.apache.camel.Exchange;

/**
 * {@code search/jql} (also {@code issue/search}): {@code POST /rest/api/3/search/jql}. Every page as a List, or with
 * {@code streamResults=true} a lazy Iterator for a streaming split; with {@code singlePage=true} one page and the
 * token of the next in {@code CamelJiraNextPageToken}.
 */
final class SearchIssues implements JiraAction {

    private static final List<String> DEFAULT_FIELDS = List.of("*navigable");

    private final JiraConfiguration configuration;

    SearchIssues(JiraConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public void perform(Exchange exchange, JiraClient client) {
        String jql = ExchangeInputs.required(exchange, JiraConstants.JQL, configuration.getJql(), "jql");
        if (configuration.isSinglePage()) {
            onePage(exchange, client, jql);
            return;
        }
        JqlSearch search = new JqlSearch(client, jql, fields(), configuration.getExpand(),
                configuration.getPageSize(), configuration.getLimit(), null);
        // Enhanced search tells no total, so progress is the count delivered so far.
        Progress progress = new Progress("search/jql", "issues", null, configuration.getProgressInterval());
        Results.items(exchange, new ProgressIterator<>(search, progress, exchange), configuration);
    }

    private void onePage(Exchange exchange, JiraClient client, String jql) {
        String token = ExchangeInputs.optional(exchange, JiraConstants.NEXT_PAGE_TOKEN, null);
        JqlSearch page = new JqlSearch(client, jql, fields(), configuration.getExpand(), configuration.getPageSize(),
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

    private List<String> fields() {
        String fields = configuration.getFields();
        if (fields == null || fields.isBlank()) {
            return DEFAULT_FIELDS;
        }
        return Arrays.stream(fields.split(",")).map(String::strip).filter(f -> !f.isEmpty()).toList();
    }
}
