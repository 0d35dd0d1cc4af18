package io.github.jiracloud.camel.producer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JqlSearch;
import org.apache.camel.Exchange;

/**
 * {@code search/jql} (also {@code issue/search}): every page of {@code POST /rest/api/3/search/jql}. The result is a
 * List of issues, or with {@code streamResults=true} a lazy Iterator for a streaming split.
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
        JqlSearch search = new JqlSearch(client, jql, fields(), configuration.getExpand(),
                configuration.getPageSize(), configuration.getLimit());
        if (configuration.isStreamResults()) {
            exchange.getMessage().setBody(search);
            return;
        }
        List<Map<String, Object>> issues = new ArrayList<>();
        search.forEachRemaining(issues::add);
        exchange.getMessage().setHeader(JiraConstants.RESULT_COUNT, issues.size());
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
