package io.github.jiracloud.camel.producer.issue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.JsonCodec;
import io.github.jiracloud.camel.producer.ExchangeInputs;
import io.github.jiracloud.camel.producer.JiraAction;
import io.github.jiracloud.camel.producer.Progress;
import io.github.jiracloud.camel.producer.Results;
import io.github.jiracloud.camel.producer.bulk.BulkInput;
import org.apache.camel.Exchange;

/**
 * {@code issue/bulkFetch}: {@code POST /rest/api/3/issue/bulkfetch} for any number of keys or ids (a List body, or
 * the header {@code CamelJiraIssueKeys}), 100 a request, Jira's most. The result is the List of issues Jira returned,
 * in ascending id order within each 100 (as Jira answers), with the option {@code fields} (default
 * {@code *navigable}), {@code expand} and no redirects: a moved issue comes back under its new key. Issues Jira doesn't
 * have, or the caller may not see, are left out; Jira's per-issue {@code issueErrors} go to
 * {@code CamelJiraBulkErrors}.
 */
public final class BulkFetchIssues implements JiraAction {

    private static final String PATH = "/rest/api/3/issue/bulkfetch";

    private final JiraConfiguration configuration;

    public BulkFetchIssues(JiraConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public void perform(Exchange exchange, JiraClient client) {
        List<String> given = given(exchange, "issue/bulkFetch");
        List<Object> issues = new ArrayList<>();
        List<Object> errors = new ArrayList<>();
        Progress progress = new Progress("issue/bulkFetch", "issues", given.size(),
                configuration.getProgressInterval());
        for (int start = 0; start < given.size(); start += BulkInput.FETCH_SIZE) {
            List<String> chunk = given.subList(start, Math.min(given.size(), start + BulkInput.FETCH_SIZE));
            Object answer = Results.call(exchange, client, JiraRequest.query(PATH, request(chunk)));
            if (answer instanceof Map<?, ?> result) {
                if (result.get("issues") instanceof List<?> list) {
                    issues.addAll(list);
                }
                if (result.get("issueErrors") instanceof List<?> list) {
                    errors.addAll(list);
                }
            }
            progress.advance(chunk.size());
            progress.putOn(exchange);
        }
        progress.finish();
        exchange.getMessage().setHeader(JiraConstants.BULK_ERRORS, errors);
        exchange.getMessage().setHeader(JiraConstants.RESULT_COUNT, issues.size());
        exchange.getMessage().setBody(issues);
    }

    private ObjectNode request(List<String> chunk) {
        ObjectNode body = JsonCodec.MAPPER.createObjectNode();
        chunk.forEach(body.putArray("issueIdsOrKeys")::add);
        list(body.putArray("fields"), configuration.getFields());
        if (body.get("fields").isEmpty()) {
            body.remove("fields");
        }
        list(body.putArray("expand"), configuration.getExpand());
        if (body.get("expand").isEmpty()) {
            body.remove("expand");
        }
        return body;
    }

    private static void list(ArrayNode array, String commaSeparated) {
        if (commaSeparated != null) {
            Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(item -> !item.isEmpty())
                    .forEach(array::add);
        }
    }

    /** The keys or ids of issue/bulkFetch and issue/changelogs: the header CamelJiraIssueKeys, else the body. */
    static List<String> given(Exchange exchange, String action) {
        Object header = exchange.getMessage().getHeader(JiraConstants.ISSUE_KEYS);
        if (header != null) {
            return ExchangeInputs.issueIdentifiers(header, "The header " + JiraConstants.ISSUE_KEYS);
        }
        Object body = exchange.getMessage().getBody();
        if (body == null) {
            throw new IllegalArgumentException("No issues given to " + action + ": make the body a List of issue keys "
                    + "or ids, or set the header " + JiraConstants.ISSUE_KEYS);
        }
        return ExchangeInputs.issueIdentifiers(body, "The " + action + " body");
    }
}
