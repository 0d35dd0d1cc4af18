package io.github.jiracloud.camel.producer.issue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.JsonCodec;
import io.github.jiracloud.camel.producer.JiraAction;
import io.github.jiracloud.camel.producer.Progress;
import io.github.jiracloud.camel.producer.Results;
import org.apache.camel.Exchange;

/**
 * {@code issue/changelogs}: {@code POST /rest/api/3/changelog/bulkfetch} for any number of keys or ids (a List body,
 * or the header {@code CamelJiraIssueKeys}), 1,000 a request (Jira's most), every page ({@code nextPageToken}). The
 * result is a List with one {@code {issueId, changeHistories}} per issue that has history, in the order Jira first
 * lists them (oldest change first), its histories oldest first. The option {@code fields} keeps only the changes of
 * those fields (at most 10 ids, as Jira allows).
 */
public final class IssueChangelogs implements JiraAction {

    private static final String PATH = "/rest/api/3/changelog/bulkfetch";
    /** Jira's most issues in one request, and most fields to filter by. */
    private static final int MAX_ISSUES = 1000;
    private static final int MAX_FIELDS = 10;

    private final JiraConfiguration configuration;

    public IssueChangelogs(JiraConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public void perform(Exchange exchange, JiraClient client) {
        List<String> given = BulkFetchIssues.given(exchange, "issue/changelogs");
        List<String> fieldIds = fieldIds();
        Map<String, List<Object>> byIssue = new LinkedHashMap<>();
        Progress progress = new Progress("issue/changelogs", "issues", given.size(),
                configuration.getProgressInterval());
        for (int start = 0; start < given.size(); start += MAX_ISSUES) {
            List<String> chunk = given.subList(start, Math.min(given.size(), start + MAX_ISSUES));
            String token = null;
            do {
                ObjectNode body = JsonCodec.MAPPER.createObjectNode();
                chunk.forEach(body.putArray("issueIdsOrKeys")::add);
                if (!fieldIds.isEmpty()) {
                    fieldIds.forEach(body.putArray("fieldIds")::add);
                }
                if (token != null) {
                    body.put("nextPageToken", token);
                }
                Object answer = Results.call(exchange, client, JiraRequest.query(PATH, body));
                Map<?, ?> page = answer instanceof Map<?, ?> map ? map : Map.of();
                if (page.get("issueChangeLogs") instanceof List<?> logs) {
                    logs.stream().filter(Map.class::isInstance).map(log -> (Map<?, ?>) log)
                            .forEach(log -> byIssue.computeIfAbsent(String.valueOf(log.get("issueId")),
                                    id -> new ArrayList<>())
                                    .addAll(log.get("changeHistories") instanceof List<?> list ? list : List.of()));
                }
                token = page.get("nextPageToken") == null ? null : page.get("nextPageToken").toString();
            } while (token != null);
            progress.advance(chunk.size());
            progress.putOn(exchange);
        }
        progress.finish();
        List<Map<String, Object>> changelogs = new ArrayList<>();
        byIssue.forEach((issueId, histories) -> {
            Map<String, Object> changelog = new LinkedHashMap<>();
            changelog.put("issueId", issueId);
            changelog.put("changeHistories", histories);
            changelogs.add(changelog);
        });
        exchange.getMessage().setHeader(JiraConstants.RESULT_COUNT, changelogs.size());
        exchange.getMessage().setBody(changelogs);
    }

    private List<String> fieldIds() {
        String fields = configuration.getFields();
        if (fields == null || fields.isBlank()) {
            return List.of();
        }
        List<String> ids = Arrays.stream(fields.split(",")).map(String::strip).filter(id -> !id.isEmpty()).distinct()
                .toList();
        if (ids.size() > MAX_FIELDS) {
            throw new IllegalArgumentException("issue/changelogs filters by at most " + MAX_FIELDS + " fields (Jira's "
                    + "limit); the option fields names " + ids.size());
        }
        return ids;
    }
}
