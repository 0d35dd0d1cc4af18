package io.github.jiracloud.camel.producer.bulk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.JqlQuery;
import io.github.jiracloud.camel.client.JqlSearch;
import io.github.jiracloud.camel.client.JsonCodec;
import io.github.jiracloud.camel.client.PathTemplate;
import io.github.jiracloud.camel.error.JiraNotFoundException;
import io.github.jiracloud.camel.producer.ExchangeInputs;
import org.apache.camel.Exchange;

/**
 * The issues a bulk action works on, read in chunks: a List of keys or ids (the header {@code CamelJiraIssueKeys}, or
 * the body where the body is not the change: a List, array or JSON array of keys, ids or issues such as a search
 * returns), else a JQL (header {@code CamelJiraJql}, option {@code jql}) whose search streams page by page. A List wins
 * over a JQL.
 *
 * <p>Each chunk comes with what Jira knows of its issues (id, key, status): a searched issue has it from the search;
 * given keys are looked up with {@code POST /rest/api/3/issue/bulkfetch}, 100 a request (a key that answer doesn't
 * match, such as the old key of a moved issue, with {@code GET /issue}). An issue Jira doesn't have is reported, not
 * sent: Jira refuses a whole bulk request for one unknown key.
 */
public final class BulkInput {

    /** A chunk's issues: those Jira has, and those it doesn't. */
    record Chunk(List<BulkIssue> found, List<BulkIssue> missing) {
    }

    private static final String BULK_FETCH = "/rest/api/3/issue/bulkfetch";
    /** Jira's most issues in one bulk fetch. */
    public static final int FETCH_SIZE = 100;

    private final List<String> given;
    private final String jql;

    private BulkInput(List<String> given, String jql) {
        this.given = given;
        this.jql = jql;
    }

    /**
     * @param bodyIsTheChange true for bulk/edit, whose body is the change, so its issues come from the header or JQL
     * @throws IllegalArgumentException when no issues are given, naming where they may come from
     */
    static BulkInput of(Exchange exchange, JiraConfiguration configuration, String action, boolean bodyIsTheChange) {
        Object header = exchange.getMessage().getHeader(JiraConstants.ISSUE_KEYS);
        if (header != null) {
            return new BulkInput(ExchangeInputs.issueIdentifiers(header, "The header " + JiraConstants.ISSUE_KEYS),
                    null);
        }
        Object body = exchange.getMessage().getBody();
        if (!bodyIsTheChange && isList(body)) {
            return new BulkInput(ExchangeInputs.issueIdentifiers(body, "The " + action + " body"), null);
        }
        String jql = ExchangeInputs.optional(exchange, JiraConstants.JQL, configuration.getJql());
        if (jql == null) {
            throw new IllegalArgumentException("No issues given to " + action + ": set the header "
                    + JiraConstants.ISSUE_KEYS + " to a List of issue keys or ids"
                    + (bodyIsTheChange ? "" : " (or make the body that List)") + ", or give a JQL in the header "
                    + JiraConstants.JQL + " or the option jql");
        }
        return new BulkInput(null, jql);
    }

    /** How many issues there are, when known before searching. */
    Integer total() {
        return given == null ? null : given.size();
    }

    /** The given identifiers, when the input is a List. */
    List<String> given() {
        return given;
    }

    String jql() {
        return jql;
    }

    /**
     * The issues in chunks of at most {@code size}, each looked up or searched only when the chunk is asked for.
     *
     * @param searchPageSize issues per search page (the option pageSize)
     * @param limit the most issues to take from a search; 0 for all
     */
    Iterator<Chunk> chunks(JiraClient client, int size, int searchPageSize, int limit) {
        return given != null ? new GivenChunks(client, size) : new SearchChunks(client, size, searchPageSize, limit);
    }

    private static boolean isList(Object body) {
        if (body instanceof String text) {
            return text.strip().startsWith("[");
        }
        return body instanceof Iterable<?> && !(body instanceof Map<?, ?>) || body instanceof Iterator<?>
                || body instanceof Object[] || body instanceof JsonNode node && node.isArray();
    }

    /** Chunks of the given identifiers, looked up with bulk fetch. */
    private final class GivenChunks implements Iterator<Chunk> {

        private final JiraClient client;
        private final int size;
        private int next;

        GivenChunks(JiraClient client, int size) {
            this.client = client;
            this.size = size;
        }

        @Override
        public boolean hasNext() {
            return next < given.size();
        }

        @Override
        public Chunk next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            int end = Math.min(given.size(), next + size);
            List<BulkIssue> found = new ArrayList<>();
            List<BulkIssue> missing = new ArrayList<>();
            for (int start = next; start < end; start += FETCH_SIZE) {
                lookUp(start, Math.min(end, start + FETCH_SIZE), found, missing);
            }
            next = end;
            return new Chunk(found, missing);
        }

        private void lookUp(int start, int end, List<BulkIssue> found, List<BulkIssue> missing) {
            ObjectNode body = JsonCodec.MAPPER.createObjectNode();
            given.subList(start, end).forEach(body.putArray("issueIdsOrKeys")::add);
            body.putArray("fields").add("status");
            Object answer = client.call(JiraRequest.query(BULK_FETCH, body));
            Map<String, Map<?, ?>> byIdOrKey = new HashMap<>();
            if (answer instanceof Map<?, ?> result && result.get("issues") instanceof List<?> issues) {
                for (Object item : issues) {
                    if (item instanceof Map<?, ?> issue) {
                        byIdOrKey.put(String.valueOf(issue.get("id")), issue);
                        byIdOrKey.put(String.valueOf(issue.get("key")).toUpperCase(Locale.ROOT), issue);
                    }
                }
            }
            for (int index = start; index < end; index++) {
                String identifier = given.get(index);
                Map<?, ?> issue = byIdOrKey.get(identifier.toUpperCase(Locale.ROOT));
                if (issue == null) {
                    issue = single(identifier);
                }
                if (issue == null) {
                    missing.add(new BulkIssue(index, identifier, null, null, null));
                } else {
                    found.add(issue(index, identifier, issue));
                }
            }
        }

        /** An issue bulk fetch didn't match to the identifier: a moved issue's old key, or none at all. */
        private Map<?, ?> single(String identifier) {
            try {
                return client.call(JiraRequest.get(PathTemplate.expand("/rest/api/3/issue/{issueIdOrKey}",
                        identifier)).withQuery("fields", "status")) instanceof Map<?, ?> issue ? issue : null;
            } catch (JiraNotFoundException e) {
                return null;
            }
        }
    }

    /** Chunks of a streamed search. */
    private final class SearchChunks implements Iterator<Chunk> {

        private final JiraClient client;
        private final int size;
        private final int pageSize;
        private final int limit;
        private JqlSearch search;
        private int next;

        SearchChunks(JiraClient client, int size, int pageSize, int limit) {
            this.client = client;
            this.size = size;
            this.pageSize = pageSize;
            this.limit = limit;
        }

        @Override
        public boolean hasNext() {
            return search().hasNext();
        }

        @Override
        public Chunk next() {
            List<BulkIssue> found = new ArrayList<>();
            while (found.size() < size && search().hasNext()) {
                Map<String, Object> issue = search().next();
                found.add(issue(next, String.valueOf(issue.get("key")), issue));
                next++;
            }
            if (found.isEmpty()) {
                throw new NoSuchElementException();
            }
            return new Chunk(found, List.of());
        }

        /** Started on first use, so that a route sees a bad JQL as the action's failure, after its checks. */
        private JqlSearch search() {
            if (search == null) {
                search = new JqlSearch(client, JqlQuery.of(jql).withFields(List.of("status")), pageSize, limit, null);
            }
            return search;
        }
    }

    private static BulkIssue issue(int index, String given, Map<?, ?> issue) {
        Object status = issue.get("fields") instanceof Map<?, ?> fields && fields.get("status") instanceof Map<?, ?> s
                ? s.get("id")
                : null;
        return new BulkIssue(index, given, String.valueOf(issue.get("id")), String.valueOf(issue.get("key")),
                status == null ? null : status.toString());
    }
}
